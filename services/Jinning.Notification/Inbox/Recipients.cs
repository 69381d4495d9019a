using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Notification.Inbox;

/// <summary>Inbox addresses: a role's shared inbox, or one supervisor, department or nominating unit.</summary>
public static class Recipients
{
    public const string Office = "role:office";
    public const string Discipline = "role:discipline";

    public static string Supervisor(Guid supervisorId) => $"supervisor:{supervisorId}";
    public static string Department(string departmentCode) => $"department:{departmentCode}";
    public static string Nominator(string unitCode) => $"nominator:{unitCode}";

    /// <summary>The inbox the signed-in caller reads; nobody can name another's.</summary>
    public static string Of(ClaimsPrincipal user)
    {
        if (user.IsOffice()) return Office;
        if (user.IsInRole(Roles.Discipline)) return Discipline;
        if (user.SupervisorId() is { } supervisorId) return Supervisor(supervisorId);
        if (user.DepartmentCode() is { } department) return Department(department);
        if (user.UnitCode() is { } unit) return Nominator(unit);
        return $"account:{user.Subject()}";
    }
}
