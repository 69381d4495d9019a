using Jinning.Contracts.V1;
using Jinning.Persistence;
using Jinning.Persistence.Revocation;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Messaging.Revocation;

/// <summary>Every service keeps its own list of revoked sign-ins, fed by the identity service.</summary>
public sealed class SignInRevokedConsumer(IMessagingDbContext db) : IConsumer<SignInRevoked>
{
    public async Task Consume(ConsumeContext<SignInRevoked> context)
    {
        var subject = context.Message.AccountId.ToString();
        var existing = await db.RevokedSignIns.FirstOrDefaultAsync(r => r.Subject == subject, context.CancellationToken);
        if (existing is null)
        {
            db.RevokedSignIns.Add(new RevokedSignIn { Subject = subject, RevokedAt = context.Message.RevokedAt });
        }
        else if (context.Message.RevokedAt > existing.RevokedAt)
        {
            existing.RevokedAt = context.Message.RevokedAt;
        }
    }
}
