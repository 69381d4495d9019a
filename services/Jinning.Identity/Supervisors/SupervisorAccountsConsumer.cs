using Jinning.Contracts.V1;
using Jinning.Identity.Accounts;
using Jinning.Identity.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Supervisors;

/// <summary>
/// The roster's events drive a supervisor's sign-in: created (or renewed, on reappointment) with the
/// certificate number as user name, and disabled with its tokens revoked when the term ends, the
/// supervisor is dismissed, or the appointment ends early by an adjustment or an approved resignation.
/// </summary>
public sealed class SupervisorAccountsConsumer(IdentityDbContext db, SignInRevoker revoker, TimeProvider time)
    : IConsumer<SupervisorAppointed>, IConsumer<SupervisorTermEnded>, IConsumer<SupervisorDismissed>, IConsumer<SupervisorServiceEnded>
{
    public async Task Consume(ConsumeContext<SupervisorAppointed> context)
    {
        var appointed = context.Message;
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.SupervisorId == appointed.SupervisorId, context.CancellationToken);
        if (account is null)
        {
            db.Accounts.Add(Account.ForSupervisor(NewId.NextGuid(), appointed.SupervisorId, appointed.CertificateNumber, appointed.Name,
                appointed.ActivationCodeHash, time.GetUtcNow()));
            return;
        }
        account.Reappoint(appointed.CertificateNumber, appointed.ActivationCodeHash);
    }

    public Task Consume(ConsumeContext<SupervisorTermEnded> context) =>
        DisableAsync(context.Message.SupervisorId, "term-ended", context.CancellationToken);

    public Task Consume(ConsumeContext<SupervisorDismissed> context) =>
        DisableAsync(context.Message.SupervisorId, $"dismissed:{context.Message.ReasonCode}", context.CancellationToken);

    public Task Consume(ConsumeContext<SupervisorServiceEnded> context) =>
        DisableAsync(context.Message.SupervisorId, $"{context.Message.Status}:{context.Message.ReasonCode}", context.CancellationToken);

    private async Task DisableAsync(Guid supervisorId, string reason, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.SupervisorId == supervisorId, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return;
        }
        var now = time.GetUtcNow();
        account.Disable(reason, now);
        await revoker.RevokeAsync(account, reason, now, cancellationToken);
    }
}
