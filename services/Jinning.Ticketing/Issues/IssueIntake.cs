using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Persistence;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using MassTransit;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// Registers an issue however it came in (T1, T2, T6): tracking number <c>WT-&lt;yyyyMMdd&gt;-&lt;seq&gt;</c>
/// in district dates, history, <c>IssueReported</c> (major ones reach the office at once), and
/// <c>RetaliationReported</c> for the discipline commission — all in one transaction.
/// </summary>
public sealed class IssueIntake(TicketingDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task<Issue> RegisterAsync(ReportIssueRequest.Valid valid, Guid? reporterSupervisorId, ClaimsPrincipal user,
        string? complainantContact, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var localDay = DistrictClock.Today(now).ToString("yyyyMMdd");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await db.NextSequenceValueAsync("issue", localDay, cancellationToken);
        var issue = Issue.Report(
            NewId.NextGuid(), $"WT-{localDay}-{sequence:0000}", valid.Title, valid.Description, valid.Category, valid.Channel,
            valid.Source, valid.Place, valid.InvolvedUnit, valid.Major, reporterSupervisorId, now);
        issue.RecordComplainant(complainantContact);
        db.Issues.Add(issue);
        db.Record(issue, user, "report", null, null, now);
        outbox.Publish(new IssueReported
        {
            IssueId = issue.Id,
            TrackingNumber = issue.TrackingNumber,
            Title = issue.Title,
            Category = KebabEnum.Format(issue.Category),
            Channel = KebabEnum.Format(issue.Channel),
            Source = KebabEnum.Format(issue.Source),
            Major = issue.Major,
            ReporterSupervisorId = issue.ReporterSupervisorId,
            OccurredAt = now,
        });
        if (issue.Category == IssueCategory.Retaliation)
        {
            // Art. 8.3: obstruction of or retaliation against a supervisor goes to the discipline commission.
            outbox.Publish(new RetaliationReported { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, OccurredAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return issue;
    }
}
