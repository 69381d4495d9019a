using Jinning.Reporting.Awards;
using Jinning.Reporting.Data;
using Jinning.Reporting.Duties;
using Jinning.Reporting.IssueStatistics;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Periodic;

/// <summary>The half-year or annual report for the leading group (P3): the same figures in JSON, CSV and XLSX.</summary>
public sealed record PeriodicReport(
    string Period,
    string Title,
    DateOnly From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    SummaryGroup Issues,
    IReadOnlyList<SummaryGroup> ByCategory,
    IReadOnlyList<SummaryGroup> ByDepartment,
    IReadOnlyList<SummaryGroup> ByMonth,
    IReadOnlyList<DutiesReport.Compliance> Duties,
    IReadOnlyList<AwardRanking.Entry> TopSupervisors,
    int SupervisorsAppointed,
    int SupervisorsServing,
    int CasesExposed)
{
    /// <summary><c>2026-H2</c> for a half-year, <c>2026</c> for a year.</summary>
    public static bool TryParsePeriod(string period, out DateOnly from, out DateOnly to, out string[] halfYears)
    {
        (from, to, halfYears) = (default, default, []);
        if (DutiesReport.HalfYearPattern().IsMatch(period))
        {
            var year = int.Parse(period[..4]);
            var second = period[^1] == '2';
            (from, to) = second ? (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)) : (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));
            halfYears = [period];
            return true;
        }
        if (period.Length == 4 && int.TryParse(period, out var whole) && whole is >= 2000 and <= 2100)
        {
            (from, to) = (new DateOnly(whole, 1, 1), new DateOnly(whole, 12, 31));
            halfYears = [$"{whole}-H1", $"{whole}-H2"];
            return true;
        }
        return false;
    }
}

public sealed class PeriodicReportBuilder(ReportingDbContext db, IssueStatisticsIndex index, DutiesReport duties, AwardRanking ranking, TimeProvider time)
{
    public const int TopCount = 10;

    public async Task<PeriodicReport?> BuildAsync(string period, CancellationToken ct)
    {
        if (!PeriodicReport.TryParsePeriod(period, out var from, out var to, out var halfYears))
        {
            return null;
        }
        var (byCategory, total) = await index.SummarizeAsync(db, SummaryGrouping.Category, from, to, ct);
        var (byDepartment, _) = await index.SummarizeAsync(db, SummaryGrouping.Department, from, to, ct);
        var (byMonth, _) = await index.SummarizeAsync(db, SummaryGrouping.Month, from, to, ct);
        var compliance = new List<DutiesReport.Compliance>();
        foreach (var half in halfYears)
        {
            compliance.Add(await duties.ForAsync(half, ct));
        }
        var top = (await ranking.ForYearAsync(from.Year, ct)).Take(TopCount).ToList();
        var appointed = await db.SupervisorFacts.AsNoTracking().CountAsync(s => s.TermStart >= from && s.TermStart <= to, ct);
        var serving = await db.SupervisorFacts.AsNoTracking().CountAsync(s => s.Status == "serving" && s.TermStart <= to && s.TermEnd >= to, ct);
        var exposed = await db.IssueFacts.AsNoTracking().CountAsync(f => f.Exposed && f.ReportedOn >= from && f.ReportedOn <= to, ct);
        var title = halfYears.Length == 1
            ? $"晋宁区营商环境义务监督员工作{from.Year}年{(from.Month == 1 ? "上" : "下")}半年报告"
            : $"晋宁区营商环境义务监督员工作{from.Year}年度报告";
        return new PeriodicReport(period, title, from, to, time.GetUtcNow(), total, byCategory, byDepartment, byMonth, compliance, top,
            appointed, serving, exposed);
    }
}
