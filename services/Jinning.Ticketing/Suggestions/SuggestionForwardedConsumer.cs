using Jinning.Contracts.V1;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Suggestions;

/// <summary>
/// D5: a suggestion report the office forwarded becomes one issue of type <c>suggestion</c> per
/// department — the supervisor's own issue, dispatched to the department as a transfer with the
/// office's note as instructions — answered by <c>SuggestionIssueOpened</c>. A department that already
/// has its issue for the submission gets nothing new, however often the forwarding arrives.
/// </summary>
public sealed class SuggestionForwardedConsumer(
    TicketingDbContext db, IssueIntake intake, DispatchPlanner planner, IssueStore store, TimeProvider time,
        ILogger<SuggestionForwardedConsumer> logger)
    : IConsumer<SuggestionForwarded>
{
    private const int InstructionsLength = 2000;

    public async Task Consume(ConsumeContext<SuggestionForwarded> context)
    {
        var forwarded = context.Message;
        var ct = context.CancellationToken;
        var opened = await db.SuggestionIssues.Where(s => s.SubmissionId == forwarded.SubmissionId).Select(s => s.DepartmentCode)
            .ToListAsync(ct);
        foreach (var department in forwarded.DepartmentCodes.Distinct().Except(opened))
        {
            await OpenAsync(forwarded, department, ct);
        }
    }

    private async Task OpenAsync(SuggestionForwarded forwarded, string department, CancellationToken ct)
    {
        var suggestion = Truncate(forwarded.Suggestion, IssueLimits.SuggestionLength);
        var valid = new ReportIssueRequest.Valid($"监督员建议书（{forwarded.Period}）", suggestion, IssueCategory.Other, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, IssueType.Suggestion, forwarded.SupervisorId, null);
        var (issue, _) = await intake.RegisterAsync(valid, IssueHistoryRecorder.System, $"办公室转送 {forwarded.Period} 建议书。", ct);

        var now = time.GetUtcNow();
        issue.OpenedForSuggestion(forwarded.SubmissionId, department, now);
        db.SuggestionIssues.Add(new SuggestionIssue
        {
            SubmissionId = forwarded.SubmissionId, DepartmentCode = department,
            IssueId = issue.Id, OpenedAt = now
        });
        var instructions = forwarded.Note is null ? null : Truncate(forwarded.Note, InstructionsLength);
        var (order, errors) = await planner.PlanAsync(new DispatchRequest("transfer", department, null, instructions), now, ct);
        if (order is null)
        {
            // An unknown or deactivated unit: the issue waits for the office to dispatch it by hand.
            logger.LogWarning("Suggestion {SubmissionId} forwarded to {Department}, which cannot take it: {Errors}", forwarded.SubmissionId,
            department,
                string.Join("; ", errors.SelectMany(e => e.Value)));
        }
        else
        {
            issue.Dispatch(order, now);
            db.Record(issue, IssueHistoryRecorder.System, IssueAction.Dispatch, IssueStatus.Registered, DispatchApi.Describe(order), now);
        }
        await store.SaveAsync(ct);
    }

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;
}
