using Jinning.Reporting.Data;
using Jinning.Reporting.IssueStatistics;
using Jinning.ServiceDefaults;
using Jinning.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.PublicDisclosure;

/// <summary>
/// Public disclosure (P4), anonymous and cached: the hotline and mailbox, appointments per year and
/// each department's on-time and satisfaction rates. A rate measured on fewer than
/// <see cref="MinimumCount"/> issues is withheld, and nothing here names a reporter.
/// </summary>
public static class PublicDisclosureApi
{
    public const int MinimumCount = 5;
    public const string CachePolicy = "public-figures";

    public sealed record Contact(string Hotline, string Mailbox, string Office);
    public sealed record DepartmentFigures(string DepartmentCode, string Name, int? Handled, double? OnTimeRate, double? SatisfactionRate, bool Suppressed);
    public sealed record DepartmentDisclosure(int Year, int MinimumCount, string Note, IReadOnlyList<DepartmentFigures> Departments);
    public sealed record AppointmentYear(int Year, int Appointed);

    private static readonly Contact DistrictContact = new("0871-67802885", "2192844353@qq.com", "晋宁区营商环境办");

    public static IEndpointRouteBuilder MapPublicDisclosureApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous();
        open.MapGet("/contact", GetContact).WithName("GetContact").WithSummary("投诉电话与邮箱 (P4)");
        open.MapGet("/departments", GetDepartments).WithName("GetDepartmentFigures")
            .WithSummary("各责任单位按期办结率与满意率；样本少于 5 件不公布 (P4)").CacheOutput(CachePolicy);
        open.MapGet("/appointments", GetAppointments).WithName("GetAppointmentsPerYear").WithSummary("历年聘任义务监督员人数 (P4)").CacheOutput(CachePolicy);
        return app;
    }

    public static Ok<Contact> GetContact() => TypedResults.Ok(DistrictContact);

    public static async Task<Results<Ok<DepartmentDisclosure>, ValidationProblem>> GetDepartments(
        ReportingDbContext db, IssueStatisticsIndex index, TimeProvider time, CancellationToken ct, int? year = null)
    {
        var wanted = year ?? Jinning.ServiceDefaults.DistrictClock.Today(time.GetUtcNow()).Year;
        if (wanted is < 2000 or > 2100)
        {
            return InputProblems.Invalid("year", "年份无效。");
        }
        var (groups, _) = await index.SummarizeAsync(db, SummaryGrouping.Department, new DateOnly(wanted, 1, 1), new DateOnly(wanted, 12, 31), ct);
        var figures = groups.Where(g => g.Key != "undispatched").Select(Disclose).OrderBy(f => f.DepartmentCode, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new DepartmentDisclosure(wanted, MinimumCount,
            $"按期办结率以已整改和已超期的问题计，满意率以监督员评价计；任一样本不足 {MinimumCount} 件的数字不予公布。", figures));
    }

    /// <summary>Small counts would point at single cases and, through them, at reporters: any count under five is withheld.</summary>
    public static DepartmentFigures Disclose(SummaryGroup group)
    {
        var onTimeShown = group.OnTimeMeasured >= MinimumCount;
        var satisfactionShown = group.Rated >= MinimumCount;
        return new DepartmentFigures(group.Key, DistrictReference.Departments.GetValueOrDefault(group.Key) ?? group.Key,
            group.Count >= MinimumCount ? group.Count : null,
            onTimeShown ? group.OnTimeRate : null,
            satisfactionShown ? group.SatisfactionRate : null,
            Suppressed: group.Count < MinimumCount || !onTimeShown || !satisfactionShown);
    }

    /// <summary>Counted from the kept <c>SupervisorAppointed</c> events, so a reappointment counts in its own year.</summary>
    public static async Task<Ok<List<AppointmentYear>>> GetAppointments(ReportingDbContext db, CancellationToken ct)
    {
        var years = await db.Database.SqlQueryRaw<AppointmentYear>("""
            SELECT CAST(substr(body ->> 'termStart', 1, 4) AS integer) AS "Year", CAST(count(*) AS integer) AS "Appointed"
            FROM recorded_events WHERE type = 'Jinning.Contracts.V1.SupervisorAppointed'
            GROUP BY 1 ORDER BY 1
            """).ToListAsync(ct);
        return TypedResults.Ok(years);
    }
}
