using Jinning.Contracts.V1;
using Jinning.Reporting.Data;

namespace Jinning.Reporting.IssueStatistics;

/// <summary>Applies issue events to <see cref="IssueFact"/>; the same code serves live consumption and replay.</summary>
public sealed class IssueProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(IssueReported reported, CancellationToken cancellationToken)
    {
        if (await db.IssueFacts.FindAsync([reported.IssueId], cancellationToken) is not null)
        {
            return;
        }
        db.IssueFacts.Add(new IssueFact
        {
            IssueId = reported.IssueId,
            TrackingNumber = reported.TrackingNumber,
            Category = reported.Category,
            Status = "registered",
            Major = reported.Major,
            ReportedAt = reported.OccurredAt,
        });
    }

    public async Task ApplyAsync(IssueTransferred transferred, CancellationToken cancellationToken)
    {
        var fact = await db.IssueFacts.FindAsync([transferred.IssueId], cancellationToken);
        if (fact is null)
        {
            return;
        }
        fact.DepartmentCode = transferred.DepartmentCode;
        fact.Status = "dispatched";
    }
}
