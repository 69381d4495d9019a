using Jinning.Contracts.V1;
using Jinning.Identity.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.SignIns;

/// <summary>The roster's events drive a supervisor's sign-in: created on appointment, disabled at term end or dismissal.</summary>
public sealed class SupervisorSignInConsumer(IdentityDbContext db, TimeProvider time)
    : IConsumer<SupervisorAppointed>, IConsumer<SupervisorTermEnded>, IConsumer<SupervisorDismissed>
{
    public async Task Consume(ConsumeContext<SupervisorAppointed> context)
    {
        var appointed = context.Message;
        if (await db.SupervisorSignIns.AnyAsync(s => s.SupervisorId == appointed.SupervisorId, context.CancellationToken))
        {
            return;
        }
        db.SupervisorSignIns.Add(SupervisorSignIn.Create(appointed.SupervisorId, appointed.CertificateNumber, appointed.ActivationCodeHash));
    }

    public Task Consume(ConsumeContext<SupervisorTermEnded> context) =>
        Disable(context.Message.SupervisorId, "term-ended", context.CancellationToken);

    public Task Consume(ConsumeContext<SupervisorDismissed> context) =>
        Disable(context.Message.SupervisorId, $"dismissed:{context.Message.ReasonCode}", context.CancellationToken);

    private async Task Disable(Guid supervisorId, string reason, CancellationToken cancellationToken)
    {
        var signIn = await db.SupervisorSignIns.FirstOrDefaultAsync(s => s.SupervisorId == supervisorId, cancellationToken);
        signIn?.Disable(reason, time.GetUtcNow());
    }
}
