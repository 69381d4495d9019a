using System.Security.Claims;

namespace Jinning.ServiceDefaults.Authentication;

/// <summary>Who is calling, read from the access token's claims.</summary>
public static class CurrentUser
{
    public static bool IsOffice(this ClaimsPrincipal user) => user.IsInRole(Roles.Office);

    public static Guid? SupervisorId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(JinningClaims.SupervisorId), out var id) ? id : null;

    public static string? DepartmentCode(this ClaimsPrincipal user) => user.FindFirstValue(JinningClaims.DepartmentCode);

    public static string? UnitCode(this ClaimsPrincipal user) => user.FindFirstValue(JinningClaims.UnitCode);

    public static string? Subject(this ClaimsPrincipal user) => user.FindFirstValue(JinningClaims.Subject);
}
