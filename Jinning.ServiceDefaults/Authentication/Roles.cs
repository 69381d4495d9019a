namespace Jinning.ServiceDefaults.Authentication;

/// <summary>The roles of DOMAIN.md ("Actors and roles"), as they appear in the <c>role</c> claim.</summary>
public static class Roles
{
    public const string Office = "office";
    public const string Nominator = "nominator";
    public const string Supervisor = "supervisor";
    public const string Department = "department";
    public const string Discipline = "discipline";

    public static readonly string[] All = [Office, Nominator, Supervisor, Department, Discipline];
}

/// <summary>Claim types in Jinning access tokens.</summary>
public static class JinningClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    /// <summary>The account's display name (a person's or a unit's name in Chinese), for screens.</summary>
    public const string DisplayName = "display_name";
    public const string Role = "role";
    public const string SupervisorId = "supervisor_id";
    public const string DepartmentCode = "department_code";
    public const string UnitCode = "unit_code";
    public const string IssuedAt = "iat";

    /// <summary>The audience every service accepts.</summary>
    public const string ApiAudience = "jinning-api";
}
