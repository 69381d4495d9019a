using Jinning.ServiceDefaults.Authentication;
using Jinning.Web.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jinning.Web.SignIn;

/// <summary>
/// Each request with the console's cookie: the session must still exist (not signed out elsewhere, its
/// refresh not refused) and the sign-in must not have been revoked since it began (account disabled,
/// term ended, dismissed, password reset: identity publishes <c>SignInRevoked</c>). Otherwise the
/// person is signed out at this very request.
/// </summary>
public sealed class SessionCookieEvents(SessionStore sessions, ISignInRevocations revocations) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.SessionId();
        var subject = context.Principal?.Subject();
        var startedAt = context.Principal?.SignedInAt() ?? DateTimeOffset.MinValue;
        var cancellationToken = context.HttpContext.RequestAborted;
        if (sessionId is { } id && subject is not null
            && await sessions.IsActiveAsync(id, cancellationToken)
            && !await revocations.IsRevokedAsync(subject, startedAt, cancellationToken))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (sessionId is { } ended)
        {
            await sessions.EndAsync(ended, cancellationToken);
        }
    }

    /// <summary>Another role's area: a 403 answered with the console's own page (status code pages re-execute).</summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
