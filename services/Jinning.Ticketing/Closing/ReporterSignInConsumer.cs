using Jinning.Contracts.V1;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Closing;

/// <summary>
/// Learns whose sign-in is disabled — term ended, dismissed, or the account disabled (any revocation
/// but a password reset) — and closes at once every feedback waiting for them, which they can no
/// longer answer (T10). A reappointment makes them a reporter who can answer again.
/// </summary>
public sealed class ReporterSignInConsumer(TicketingDbContext db, IssueStore store, TimeProvider time,
    ILogger<ReporterSignInConsumer> logger)
    : IConsumer<SupervisorTermEnded>, IConsumer<SupervisorDismissed>, IConsumer<SignInRevoked>, IConsumer<SupervisorAppointed>
{
    public Task Consume(ConsumeContext<SupervisorTermEnded> context) =>
        DisableAsync(context.Message.SupervisorId, "term-ended", context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<SupervisorDismissed> context) =>
        DisableAsync(context.Message.SupervisorId, $"dismissed:{context.Message.ReasonCode}", context.Message.OccurredAt,
            context.CancellationToken);

    public Task Consume(ConsumeContext<SignInRevoked> context)
    {
        var revoked = context.Message;
        if (revoked.SupervisorId is not { } supervisorId || revoked.Reason == "password-reset")
        {
            return Task.CompletedTask;
        }
        return DisableAsync(supervisorId, revoked.Reason, revoked.RevokedAt, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<SupervisorAppointed> context)
    {
        var appointed = context.Message;
        var disabled = await db.DisabledReporters.FirstOrDefaultAsync(r => r.SupervisorId == appointed.SupervisorId,
            context.CancellationToken);
        if (disabled is not null && disabled.DisabledAt <= appointed.OccurredAt)
        {
            db.DisabledReporters.Remove(disabled);
        }
    }

    private async Task DisableAsync(Guid supervisorId, string reason, DateTimeOffset disabledAt, CancellationToken cancellationToken)
    {
        var known = await db.DisabledReporters.FirstOrDefaultAsync(r => r.SupervisorId == supervisorId, cancellationToken);
        if (known is null)
        {
            db.DisabledReporters.Add(new DisabledReporter
            {
                SupervisorId = supervisorId, DisabledAt = disabledAt.ToUniversalTime(), Reason = Truncate(reason),
            });
        }
        var now = time.GetUtcNow();
        var waiting = await db.Issues.Where(i => i.ReporterSupervisorId == supervisorId && i.Status == IssueStatus.FeedbackGiven)
            .ToListAsync(cancellationToken);
        foreach (var issue in waiting)
        {
            issue.CloseForUnreachableReporter(now);
            db.Record(issue, IssueHistoryRecorder.System, IssueAction.ReporterUnreachable, IssueStatus.FeedbackGiven,
                "报告人登录已停用（聘期届满或已解聘），无法回访确认，自动办结。", now);
        }
        await store.SaveAsync(cancellationToken);
        logger.LogInformation("Sign-in of supervisor {SupervisorId} disabled ({Reason}); {Closed} waiting issues closed", supervisorId,
            reason, waiting.Count);
    }

    private static string Truncate(string reason) => reason.Length > 100 ? reason[..100] : reason;
}
