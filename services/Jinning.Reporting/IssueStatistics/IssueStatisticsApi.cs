using Jinning.Reporting.Data;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Reporting.IssueStatistics;

public static class IssueStatisticsApi
{
    public sealed record Summary(string GroupBy, DateOnly? From, DateOnly? To, SummaryGroup Total, IReadOnlyList<SummaryGroup> Groups);

    public static IEndpointRouteBuilder MapIssueStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports/issues").WithTags("Statistics")
            .MapGet("/summary", GetSummary).WithName("GetIssueSummary")
            .WithSummary("问题统计：按类别、责任单位、状态或日/月/半年/年分组；办理时长中位数与 90 分位、按期率、超期率、反馈与满意度 (P1)")
            .RequireRoles(Roles.Office);
        return app;
    }

    public static async Task<Results<Ok<Summary>, ValidationProblem>> GetSummary(
        ReportingDbContext db, IssueStatisticsIndex index, CancellationToken cancellationToken,
        string groupBy = "category", DateOnly? from = null, DateOnly? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var grouping = KebabEnum.Parse<SummaryGrouping>(errors, "groupBy", groupBy, "分组方式");
        if (grouping == SummaryGrouping.All) errors["groupBy"] = ["分组方式无效，可选值：category、department、status、day、month、half-year、year。"];
        if (from > to) errors["from"] = ["开始日期不能晚于结束日期。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var (groups, total) = await index.SummarizeAsync(db, grouping!.Value, from, to, cancellationToken);
        return TypedResults.Ok(new Summary(KebabEnum.Format(grouping.Value), from, to, total, groups));
    }
}
