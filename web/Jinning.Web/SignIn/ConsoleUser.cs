using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Web.SignIn;

/// <summary>
/// The person signed in to the console, as the cookie carries them: who they are (from the identity
/// token) and which server-side session holds their tokens. Nothing else is in the cookie.
/// </summary>
public static class ConsoleUser
{
    public const string AuthenticationType = "jinning-console";
    public const string SessionIdClaim = "console_session";
    public const string SignedInAtClaim = "console_signed_in_at";

    private static readonly string[] KeptClaims =
    [
        JinningClaims.Subject, JinningClaims.Name, JinningClaims.DisplayName, JinningClaims.Role,
        JinningClaims.SupervisorId, JinningClaims.DepartmentCode, JinningClaims.UnitCode,
    ];

    public static ClaimsPrincipal Create(ClaimsPrincipal fromIdentityToken, Guid sessionId, DateTimeOffset signedInAt)
    {
        var identity = new ClaimsIdentity(AuthenticationType, JinningClaims.Name, JinningClaims.Role);
        identity.AddClaims(fromIdentityToken.Claims.Where(claim => KeptClaims.Contains(claim.Type)).Select(claim => new Claim(claim.Type, claim.Value)));
        identity.AddClaim(new Claim(SessionIdClaim, sessionId.ToString()));
        identity.AddClaim(new Claim(SignedInAtClaim, signedInAt.ToUnixTimeSeconds().ToString()));
        return new ClaimsPrincipal(identity);
    }

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SessionIdClaim), out var id) ? id : null;

    /// <summary>When this console sign-in began: a sign-in revoked at or after it ends it.</summary>
    public static DateTimeOffset SignedInAt(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SignedInAtClaim), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.MinValue;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(JinningClaims.DisplayName) ?? user.FindFirstValue(JinningClaims.Name) ?? "";

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(JinningClaims.Role);

    /// <summary>Where a role works in the console, e.g. <c>/supervisor</c>.</summary>
    public static string AreaPath(this ClaimsPrincipal user) => user.Role() switch
    {
        Roles.Office => "/office",
        Roles.Supervisor => "/supervisor",
        Roles.Department => "/department",
        Roles.Discipline => "/discipline",
        Roles.Nominator => "/nominator",
        _ => "/",
    };
}
