using Jinning.ServiceDefaults.Authentication;
using Jinning.Reporting.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.IssueStatistics;

public static class IssueStatisticsApi
{
    public sealed record SummaryGroup(string Key, int Count, int Open, int Closed, int Major);

    public sealed record Summary(string GroupBy, DateOnly? From, DateOnly? To, IReadOnlyList<SummaryGroup> Groups);

    private static readonly string[] Groupings = ["category", "department", "status"];
    private static readonly TimeSpan DistrictOffset = TimeSpan.FromHours(8);

    public static IEndpointRouteBuilder MapIssueStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports/issues").WithTags("Statistics")
            .MapGet("/summary", GetSummary).WithName("GetIssueSummary").WithSummary("问题统计 (P1)")
            .RequireRoles(Roles.Office);
        return app;
    }

    public static async Task<Results<Ok<Summary>, ValidationProblem>> GetSummary(
        ReportingDbContext db, CancellationToken cancellationToken, string groupBy = "category", DateOnly? from = null, DateOnly? to = null)
    {
        if (!Groupings.Contains(groupBy))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["groupBy"] = [$"分组方式无效，可选值：{string.Join(", ", Groupings)}。"] });
        }
        if (from > to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["开始日期不能晚于结束日期。"] });
        }

        var facts = db.IssueFacts.AsNoTracking();
        if (from is { } start)
        {
            var since = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), DistrictOffset);
            facts = facts.Where(f => f.ReportedAt >= since);
        }
        if (to is { } end)
        {
            var until = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), DistrictOffset);
            facts = facts.Where(f => f.ReportedAt < until);
        }

        var grouped = groupBy switch
        {
            "department" => facts.GroupBy(f => f.DepartmentCode ?? "undispatched"),
            "status" => facts.GroupBy(f => f.Status),
            _ => facts.GroupBy(f => f.Category),
        };
        var groups = await grouped
            .OrderBy(g => g.Key)
            .Select(g => new SummaryGroup(g.Key, g.Count(), g.Count(f => !f.Closed), g.Count(f => f.Closed), g.Count(f => f.Major)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Summary(groupBy, from, to, groups));
    }
}
