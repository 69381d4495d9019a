using Jinning.Contracts.V1;
using Jinning.Roster.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Duties;

/// <summary>Records the tracking number of each suggestion issue ticketing opened for a forwarded submission (D5).</summary>
public sealed class SuggestionIssuesConsumer(RosterDbContext db, ILogger<SuggestionIssuesConsumer> logger)
    : IConsumer<SuggestionIssueOpened>
{
    public async Task Consume(ConsumeContext<SuggestionIssueOpened> context)
    {
        var opened = context.Message;
        var forwarding = await db.SuggestionForwardings.FirstOrDefaultAsync(
            f => f.SubmissionId == opened.SubmissionId && f.DepartmentCode == opened.DepartmentCode, context.CancellationToken);
        if (forwarding is null)
        {
            logger.LogWarning(
                "Suggestion issue {TrackingNumber} names submission {SubmissionId} and {DepartmentCode}, which were never forwarded",
                opened.TrackingNumber, opened.SubmissionId, opened.DepartmentCode);
            return;
        }
        if (!forwarding.RecordOpened(opened.IssueId, opened.TrackingNumber, opened.OccurredAt))
        {
            logger.LogInformation("Suggestion issue for {SubmissionId} at {DepartmentCode} was already recorded as {TrackingNumber}",
                opened.SubmissionId, opened.DepartmentCode, forwarding.TrackingNumber);
        }
    }
}
