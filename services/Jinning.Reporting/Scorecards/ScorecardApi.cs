using System.Globalization;
using Jinning.Reporting.Data;
using Jinning.Reporting.Periodic;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Reporting.Scorecards;

public static class ScorecardApi
{
    public static IEndpointRouteBuilder MapScorecardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/departments/scorecard", Get).WithTags("Statistics").WithName("GetDepartmentScorecard")
            .WithSummary("责任单位月度/半年/年度评分：按时签收率、退单、按期整改率、逾期、升级督办、满意度、超时未确认、排名；办公室自身的转办与反馈时效（工作小时） (P6)")
            .RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <summary><c>period</c>: a month <c>2026-11</c>, a half-year <c>2026-H2</c> or a year <c>2026</c>.</summary>
    public static async Task<Results<Ok<DepartmentScorecard.Scorecard>, ValidationProblem>> Get(
        string? period, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (!TryParse(period, out var from, out var to))
        {
            return InputProblems.Invalid("period", "期间须为月份（如 2026-11）、半年（如 2026-H2）或年份（如 2026）。");
        }
        return TypedResults.Ok(await DepartmentScorecard.BuildAsync(db, period!, from, to, cancellationToken));
    }

    private static bool TryParse(string? period, out DateOnly from, out DateOnly to)
    {
        (from, to) = (default, default);
        if (period is null)
        {
            return false;
        }
        if (period.Length == 7 && DateOnly.TryParseExact($"{period}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var month)
            && month.Year is >= 2000 and <= 2100)
        {
            (from, to) = (month, month.AddMonths(1).AddDays(-1));
            return true;
        }
        return PeriodicReport.TryParsePeriod(period, out from, out to, out _);
    }
}
