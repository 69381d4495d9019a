namespace Jinning.Ticketing.Issues;

public enum IssueStatus
{
    Registered,
    Researching,
    Dispatched,
    SignedFor,
    InProgress,
    /// <summary>The department waits for material it asked for; the clock stops (T4).</summary>
    WaitingForMaterial,
    Returned,
    Rectified,
    Reviewed,
    FeedbackGiven,
    Reopened,
    Closed,
    Merged,
}

/// <summary>The plain open/closed view beside the rich status (Open311 compatible).</summary>
public enum IssueState
{
    Open,
    Closed,
}

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

/// <summary>Art. 4.2: problems (问题), opinions and suggestions (建议), and what is done well (亮点) (T11).</summary>
public enum IssueType
{
    Problem,
    Suggestion,
    Highlight,
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

/// <summary>How an issue ended (T10), as 12345 platforms record it.</summary>
public enum IssueOutcome
{
    /// <summary>解决: the department fixed it.</summary>
    Resolved,
    /// <summary>已解释说明: nothing to fix; the office explained why.</summary>
    Explained,
    /// <summary>不属实: checked and found untrue.</summary>
    Unfounded,
    /// <summary>不予受理: outside the scheme.</summary>
    NotAccepted,
    /// <summary>转其他渠道: belongs to another channel (court, petition, the discipline commission).</summary>
    ReferredElsewhere,
}

/// <summary>What the reporter said about the outcome (T10).</summary>
public enum Confirmation
{
    Confirmed,
    Objected,
    /// <summary>No answer within five working days of the feedback.</summary>
    TimedOut,
    /// <summary>Nobody could be asked: closed before any feedback, or the reporter's sign-in is disabled.</summary>
    NotApplicable,
}

public static class IssueLimits
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 5000;
    /// <summary>A forwarded suggestion report keeps its whole text (D5); reports typed in stay under <see
    /// cref="DescriptionLength"/>.</summary>
    public const int SuggestionLength = 20000;
    public const int PlaceLength = 300;
    public const int ReasonLength = 2000;
}

/// <summary>T3: transfer (转办) to the unit with jurisdiction, assignment (交办) with requirements, supervision (督办) of a unit that lags.</summary>
public enum DispatchKind
{
    Transfer,
    Assign,
    Supervise,
}

/// <summary>Supervision (督办) levels: the office, the leadership, a public notice (通报).</summary>
public enum SupervisionLevel
{
    Office,
    Leadership,
    PublicNotice,
}

/// <summary>
/// How far the discipline commission has got with a retaliation report (T12), in order; the two
/// findings share a rank, so one may correct the other before the case is concluded.
/// </summary>
public enum DisciplineStage
{
    Received,
    Investigating,
    Substantiated,
    Unsubstantiated,
    Concluded,
}
