using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Roster.Supervisors;

public static class SupervisorVisibility
{
    /// <summary>The office sees every supervisor's records; a supervisor only their own (anyone else's answer 404).</summary>
    public static bool MaySee(this ClaimsPrincipal user, Guid supervisorId) => user.IsOffice() || user.SupervisorId() == supervisorId;

    /// <summary>Only the supervisor themself acts on their own record (applications, declarations).</summary>
    public static bool Is(this ClaimsPrincipal user, Guid supervisorId) => user.SupervisorId() == supervisorId;
}
