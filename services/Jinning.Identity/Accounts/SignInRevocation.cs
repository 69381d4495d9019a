using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;

namespace Jinning.Identity.Accounts;

public static class SignInRevocation
{
    /// <summary>Tells every service to refuse the account's tokens issued until now; commits with the caller's change.</summary>
    public static void Revoke(this IOutbox outbox, Account account, string reason, DateTimeOffset now) =>
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
