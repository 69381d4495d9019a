using Jinning.Contracts.V1;
using Jinning.Reporting.Data;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.IssueStatistics;

/// <summary>
/// Applies issue events to <see cref="IssueFact"/>; the same code serves live consumption and replay,
/// and nothing here reads the clock, so a replay gives the same rows.
/// </summary>
public sealed class IssueProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(IssueReported e, CancellationToken ct)
    {
        if (await db.IssueFacts.FindAsync([e.IssueId], ct) is not null)
        {
            return;
        }
        db.IssueFacts.Add(new IssueFact
        {
            IssueId = e.IssueId, TrackingNumber = e.TrackingNumber, Category = e.Category, Source = e.Source, ReporterSupervisorId = e.ReporterSupervisorId,
            Status = "registered", Major = e.Major, Type = e.Type, ReportedAt = e.OccurredAt.ToUniversalTime(),
            ReportedOn = DistrictClock.Today(e.OccurredAt),
            Revision = await NextRevisionAsync(ct),
        });
    }

    /// <summary>Only the lead unit's message moves the issue; co-handlers' copies change nothing here.</summary>
    public Task ApplyAsync(IssueTransferred e, CancellationToken ct) => e.Role != "lead" ? Task.CompletedTask : Change(e.IssueId, ct, fact =>
    {
        if (fact.DepartmentCode != e.DepartmentCode || fact.DispatchedAt is null)
        {
            fact.DispatchedAt = e.OccurredAt.ToUniversalTime();
        }
        fact.DepartmentCode = e.DepartmentCode;
        fact.Deadline = e.Deadline.ToUniversalTime();
        fact.Status = "dispatched";
        fact.Closed = false;
    });

    public Task ApplyAsync(IssueReturned e, CancellationToken ct) => Change(e.IssueId, ct, fact => fact.Status = "returned");

    public Task ApplyAsync(IssueRectified e, CancellationToken ct) => Change(e.IssueId, ct, fact =>
    {
        var rectifiedAt = e.OccurredAt.ToUniversalTime();
        var dispatchedAt = (e.DispatchedAt ?? fact.DispatchedAt)?.ToUniversalTime();
        var deadline = (e.Deadline ?? fact.Deadline)?.ToUniversalTime();
        fact.Status = "rectified";
        fact.RectifiedAt = rectifiedAt;
        fact.Deadline = deadline;
        fact.HandlingHours = dispatchedAt is { } from ? Math.Round((rectifiedAt - from).TotalHours, 2) : null;
        fact.OnTime = deadline is { } due ? rectifiedAt <= due : null;
    });

    public Task ApplyAsync(IssueOverdue e, CancellationToken ct) => Change(e.IssueId, ct, fact =>
    {
        fact.Overdue = true;
        fact.Escalations++;
    });

    public Task ApplyAsync(FeedbackGiven e, CancellationToken ct) => Change(e.IssueId, ct, fact =>
    {
        fact.Status = "feedback-given";
        fact.FeedbackGiven = true;
    });

    /// <summary>Issues closed before outcomes existed carry none: they were all confirmed as resolved.</summary>
    public Task ApplyAsync(IssueClosed e, CancellationToken ct) => Change(e.IssueId, ct, fact =>
    {
        fact.Status = "closed";
        fact.Closed = true;
        fact.Outcome = e.Outcome ?? "resolved";
        fact.Confirmation = e.Confirmation ?? "confirmed";
        fact.Accepted = fact.Confirmation == "confirmed";
        fact.Rating = e.Rating;
        fact.ClosedAt = e.OccurredAt.ToUniversalTime();
    });

    /// <summary>Into retaliation the issue leaves its department: it no longer counts for one.</summary>
    public Task ApplyAsync(IssueReclassified e, CancellationToken ct) => Change(e.IssueId, ct, fact =>
    {
        fact.Category = e.Category;
        fact.Type = e.Type;
        fact.Major = e.Major;
        if (e.Withdrawn)
        {
            fact.DepartmentCode = null;
            fact.Status = "researching";
        }
    });

    public Task ApplyAsync(IssueReopened e, CancellationToken ct) => Change(e.IssueId, ct, fact =>
    {
        fact.Status = "reopened";
        fact.Objections++;
    });

    public Task ApplyAsync(IssueMerged e, CancellationToken ct) => Change(e.IssueId, ct, fact =>
    {
        fact.Status = "merged";
        fact.Closed = true;
        fact.ClosedAt = e.OccurredAt.ToUniversalTime();
    });

    public Task ApplyAsync(CaseExposed e, CancellationToken ct) => Change(e.IssueId, ct, fact => fact.Exposed = true);

    private async Task Change(Guid issueId, CancellationToken ct, Action<IssueFact> change)
    {
        // An event for an issue whose report was never seen changes nothing, live and in replay alike.
        var fact = await db.IssueFacts.FindAsync([issueId], ct);
        if (fact is null)
        {
            return;
        }
        change(fact);
        fact.Revision = await NextRevisionAsync(ct);
    }

    /// <summary>
    /// The next revision, under a transaction-long advisory lock: revisions then commit in the order
    /// they are drawn, even with several reporting instances, so an index that has read up to a
    /// revision can never later miss a smaller one.
    /// </summary>
    private Task<long> NextRevisionAsync(CancellationToken ct) =>
        db.Database.SqlQueryRaw<long>(
            "SELECT nextval('issue_fact_revisions') AS \"Value\" FROM (SELECT pg_advisory_xact_lock(73100001)) AS serialised").SingleAsync(ct);
}
