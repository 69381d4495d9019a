using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using OpenIddict.Abstractions;

namespace Jinning.Identity.Accounts;

/// <summary>
/// Ends everything an account holds: its refresh tokens and authorizations at once (OpenIddict
/// refuses a revoked refresh token), and its access tokens everywhere through <c>SignInRevoked</c>,
/// which commits with the caller's change. Used on reset, disable, term end, dismissal and the early
/// end of service. Tokens are revoked before the caller saves: if the save fails, the account is
/// merely signed out, never left with live tokens it should have lost.
/// </summary>
public sealed class SignInRevoker(IOutbox outbox, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
{
    public async Task RevokeAsync(Account account, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = account.Id.ToString();
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        outbox.Publish(new SignInRevoked
        {
            AccountId = account.Id,
            UserName = account.UserName,
            Role = account.Role,
            SupervisorId = account.SupervisorId,
            Reason = reason,
            RevokedAt = now,
            OccurredAt = now,
        });
    }
}
