using Jinning.Reporting.Awards;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Reporting.Duties;

public static class DutiesAndAwardsApi
{
    public sealed record Ranking(int Year, IReadOnlyList<AwardRanking.Entry> Entries);

    public static IEndpointRouteBuilder MapDutiesAndAwardsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Duties and awards").RequireRoles(Roles.Office);
        reports.MapGet("/duties/{period}", GetDuties).WithName("GetDutyCompliance").WithSummary("半年度履职情况：按时、逾期、未交 (P2)");
        reports.MapGet("/awards/ranking", GetRanking).WithName("GetAwardRanking").WithSummary("年度表彰排名 (P2, R7)");
        return app;
    }

    public static async Task<Results<Ok<DutiesReport.Compliance>, ValidationProblem>> GetDuties(string period, DutiesReport report, CancellationToken ct) =>
        DutiesReport.HalfYearPattern().IsMatch(period)
            ? TypedResults.Ok(await report.ForAsync(period, ct))
            : InputProblems.Invalid("period", $"半年度“{period}”无效，格式如 2026-H1、2026-H2。");

    public static async Task<Results<Ok<Ranking>, ValidationProblem>> GetRanking(AwardRanking ranking, TimeProvider time, CancellationToken ct, int? year = null)
    {
        var wanted = year ?? DistrictClock.Today(time.GetUtcNow()).Year;
        if (wanted is < 2000 or > 2100)
        {
            return InputProblems.Invalid("year", "年份无效。");
        }
        return TypedResults.Ok(new Ranking(wanted, await ranking.ForYearAsync(wanted, ct)));
    }
}
