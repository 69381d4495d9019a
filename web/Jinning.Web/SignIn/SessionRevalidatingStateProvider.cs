using Jinning.ServiceDefaults.Authentication;
using Jinning.Web.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Jinning.Web.SignIn;

/// <summary>
/// An open page (a live circuit) checks every half minute that its session still holds, as each
/// request does through <see cref="SessionCookieEvents"/>: a revoked sign-in is thrown out of the page too.
/// </summary>
public sealed class SessionRevalidatingStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var user = state.User;
        if (user.SessionId() is not { } sessionId || user.Subject() is not { } subject)
        {
            return user.Identity?.IsAuthenticated != true;
        }
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionStore>();
        var revocations = scope.ServiceProvider.GetRequiredService<ISignInRevocations>();
        return await sessions.IsActiveAsync(sessionId, cancellationToken)
            && !await revocations.IsRevokedAsync(subject, user.SignedInAt(), cancellationToken);
    }
}
