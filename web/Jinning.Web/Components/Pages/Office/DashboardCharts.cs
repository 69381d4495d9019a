using Jinning.Web.Api;
using Jinning.Web.Components.Shared;
using Jinning.Web.Vocabulary;

namespace Jinning.Web.Components.Pages.Office;

/// <summary>The issue summary (P1) as the figures the office's charts draw and their tables list.</summary>
public static class DashboardCharts
{
    public static ChartData ByCategory(IssueSummary summary)
    {
        var groups = summary.Groups.OrderByDescending(g => g.Count).ToList();
        return new("问题类别", groups.Select(g => Words.SummaryKey("category", g.Key)).ToList(),
            [Count("问题数", groups), Count("未办结", groups, g => g.Open)]);
    }

    /// <summary>The units with most issues first; the issues not yet dispatched are left out (they have no unit).</summary>
    public static ChartData ByDepartment(IssueSummary summary, int top = 10)
    {
        var groups = summary.Groups.Where(g => g.Key != "undispatched").OrderByDescending(g => g.Count).Take(top).ToList();
        return new("责任单位", groups.Select(g => Words.SummaryKey("department", g.Key)).ToList(),
            [Count("问题数", groups), Count("逾期", groups, g => g.Overdue)]);
    }

    /// <summary>Every month of the range, months without issues as zero, so the bars keep their places.</summary>
    public static ChartData ByMonth(IssueSummary summary, IReadOnlyList<string> months)
    {
        var groups = Fill(summary, months);
        return new("月份", months.Select(m => Words.SummaryKey("month", m)).ToList(),
            [Count("问题数", groups), Count("已办结", groups, g => g.Closed)]);
    }

    public static ChartData OnTimeTrend(IssueSummary summary, IReadOnlyList<string> months)
    {
        var groups = Fill(summary, months);
        return new("月份", months.Select(m => Words.SummaryKey("month", m)).ToList(),
        [
            Rate("按期整改率", groups, g => g.OnTimeRate) with { Kind = "line" },
            Rate("满意率", groups, g => g.SatisfactionRate) with { Kind = "line" },
        ]);
    }

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/> as the API names them: 2026-01 … 2026-12.</summary>
    public static IReadOnlyList<string> Months(DateOnly from, DateOnly to)
    {
        var months = new List<string>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            months.Add($"{month:yyyy-MM}");
        }
        return months;
    }

    private static List<SummaryGroup?> Fill(IssueSummary summary, IReadOnlyList<string> months) =>
        months.Select(m => summary.Groups.FirstOrDefault(g => g.Key == m)).ToList();

    private static ChartSeries Count(string name, IEnumerable<SummaryGroup?> groups, Func<SummaryGroup, int>? value = null) =>
        new(name, groups.Select(g => (double?)(g is null ? 0 : (value ?? (x => x.Count))(g))).ToList());

    private static ChartSeries Rate(string name, IEnumerable<SummaryGroup?> groups, Func<SummaryGroup, double?> value) =>
        new(name, groups.Select(g => g is null ? null : value(g)).ToList(), Percent: true);
}
