using Jinning.Reporting.IssueStatistics;

namespace Jinning.Benchmarks;

/// <summary>Issue facts spread over four years, eight categories and sixteen departments, in the shapes the projection writes.</summary>
public static class SyntheticIssues
{
    private static readonly string[] Categories = ["administrative-approval", "policy-implementation", "government-transparency", "service-commitment",
        "law-enforcement", "window-service", "retaliation", "other"];
    private static readonly string[] Departments = ["market-regulation", "government-services", "development-reform", "natural-resources", "housing-construction",
        "human-resources", "taxation", "public-security", "transport", "ecology-environment", "finance", "commerce-investment", "health",
        "emergency-management", "gudian-committee", "industrial-park"];
    private static readonly string[] Statuses = ["registered", "dispatched", "returned", "rectified", "feedback-given", "closed", "reopened", "merged"];

    public static IEnumerable<IssueFact> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var first = new DateOnly(2023, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var reportedOn = first.AddDays(random.Next(4 * 365));
            var status = Statuses[random.Next(Statuses.Length)];
            var dispatched = status != "registered";
            var rectified = status is "rectified" or "feedback-given" or "closed" or "reopened";
            var hours = Math.Round(random.NextDouble() * 360, 2);
            yield return new IssueFact
            {
                IssueId = Guid.NewGuid(), TrackingNumber = $"WT-{reportedOn:yyyyMMdd}-{i % 10000:0000}", Category = Categories[random.Next(Categories.Length)],
                Source = "supervisor", Status = status, Closed = status is "closed" or "merged", Major = random.Next(50) == 0,
                ReportedAt = new DateTimeOffset(reportedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ReportedOn = reportedOn,
                DepartmentCode = dispatched ? Departments[random.Next(Departments.Length)] : null,
                HandlingHours = rectified ? hours : null, RectifiedAt = rectified ? DateTimeOffset.UnixEpoch : null, OnTime = rectified ? hours < 300 : null,
                Overdue = dispatched && random.Next(10) == 0, FeedbackGiven = status is "feedback-given" or "closed" or "reopened",
                Accepted = status == "closed", Objections = status == "reopened" ? 1 : 0, Rating = status == "closed" ? random.Next(1, 6) : null,
                Revision = i + 1,
            };
        }
    }
}
