using Jinning.Contracts.V1;
using Jinning.Reporting.Data;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Scorecards;

/// <summary>
/// Turns issue events into <see cref="ScorecardFact"/>s (P6). Runs after the issue projection for the
/// same event, so it reads the issue as the event left it; reads no clock, so a replay gives the same facts.
/// </summary>
public sealed class ScorecardProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(IssueTransferred e, CancellationToken ct)
    {
        if (e.Role != "lead")
        {
            return;
        }
        if (!await HasAsync(e.IssueId, ScorecardFactKind.Received, e.DepartmentCode, ct))
        {
            Add(ScorecardFactKind.Received, e.DepartmentCode, e.IssueId, e.OccurredAt);
        }
        var fact = await db.IssueFacts.FindAsync([e.IssueId], ct);
        if (fact is not null && !await HasAsync(e.IssueId, ScorecardFactKind.Dispatched, null, ct))
        {
            Add(ScorecardFactKind.Dispatched, null, e.IssueId, e.OccurredAt, startedAt: fact.ReportedAt);
        }
    }

    public Task ApplyAsync(IssueSignedFor e, CancellationToken ct)
    {
        bool? onTime = e.SignForDeadline is { } limit ? e.OccurredAt <= limit : null;
        Add(ScorecardFactKind.SignedFor, e.DepartmentCode, e.IssueId, e.OccurredAt, onTime);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(IssueReturned e, CancellationToken ct)
    {
        Add(ScorecardFactKind.Returned, e.DepartmentCode, e.IssueId, e.OccurredAt);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(IssueRectified e, CancellationToken ct)
    {
        bool? onTime = e.Deadline is { } deadline ? e.OccurredAt <= deadline : null;
        Add(ScorecardFactKind.Rectified, e.DepartmentCode, e.IssueId, e.OccurredAt, onTime);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(IssueOverdue e, CancellationToken ct)
    {
        if (e.Escalations <= 1)
        {
            Add(ScorecardFactKind.Overdue, e.DepartmentCode, e.IssueId, e.OccurredAt);
        }
        Add(ScorecardFactKind.Escalated, e.DepartmentCode, e.IssueId, e.OccurredAt);
        return Task.CompletedTask;
    }

    /// <summary>The rectification fed back on is the latest one, which the issue projection keeps.</summary>
    public async Task ApplyAsync(FeedbackGiven e, CancellationToken ct)
    {
        if (await db.IssueFacts.FindAsync([e.IssueId], ct) is { RectifiedAt: { } rectifiedAt })
        {
            Add(ScorecardFactKind.FeedbackGiven, null, e.IssueId, e.OccurredAt, startedAt: rectifiedAt);
        }
    }

    public Task ApplyAsync(IssueClosed e, CancellationToken ct)
    {
        if (e.DepartmentCode is not { } department)
        {
            return Task.CompletedTask;
        }
        if (e.Rating is { } rating)
        {
            Add(ScorecardFactKind.Rated, department, e.IssueId, e.OccurredAt, rating: rating);
        }
        if (e.Confirmation == "timed-out")
        {
            Add(ScorecardFactKind.ConfirmationTimedOut, department, e.IssueId, e.OccurredAt);
        }
        return Task.CompletedTask;
    }

    public async Task ApplyAsync(WorkingCalendarChanged e, CancellationToken ct)
    {
        var year = await db.CalendarYearFacts.FindAsync([e.Year], ct);
        if (year is null)
        {
            year = new CalendarYearFact { Year = e.Year };
            db.CalendarYearFacts.Add(year);
        }
        year.Holidays = [.. e.Holidays];
        year.MakeUpWorkdays = [.. e.MakeUpWorkdays];
    }

    private async Task<bool> HasAsync(Guid issueId, ScorecardFactKind kind, string? department, CancellationToken ct) =>
        db.ScorecardFacts.Local.Any(f => f.IssueId == issueId && f.Kind == kind && f.DepartmentCode == department)
        || await db.ScorecardFacts.AnyAsync(f => f.IssueId == issueId && f.Kind == kind && f.DepartmentCode == department, ct);

    private void Add(ScorecardFactKind kind, string? department, Guid issueId, DateTimeOffset at, bool? onTime = null, int? rating = null,
        DateTimeOffset? startedAt = null) =>
        db.ScorecardFacts.Add(new ScorecardFact
        {
            Kind = kind, DepartmentCode = department, IssueId = issueId, OccurredAt = at.ToUniversalTime(),
            OccurredOn = DistrictClock.Today(at),
            OnTime = onTime, Rating = rating, StartedAt = startedAt?.ToUniversalTime(),
        });
}
