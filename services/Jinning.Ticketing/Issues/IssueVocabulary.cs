namespace Jinning.Ticketing.Issues;

/// <summary>Art. 6.1 areas of supervision, plus retaliation (Art. 8.3).</summary>
public enum IssueCategory
{
    AdministrativeApproval,
    PolicyImplementation,
    GovernmentTransparency,
    ServiceCommitment,
    LawEnforcement,
    WindowService,
    Retaliation,
    Other,
}

public enum IssueChannel
{
    Wechat,
    Letter,
    Email,
    Visit,
    Web,
    Hotline,
    Mailbox,
    PublicWeb,
}

/// <summary>Who brought the issue in.</summary>
public enum IssueSource
{
    Supervisor,
    Hotline,
    Mailbox,
    PublicWeb,
}

public static class IssueLimits
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 5000;
    public const int PlaceLength = 300;
}

/// <summary>T3: transfer (转办) to the unit with jurisdiction, assignment (交办) with requirements, supervision (督办) of a unit that lags.</summary>
public enum DispatchKind
{
    Transfer,
    Assign,
    Supervise,
}
