using Jinning.Reporting.IssueStatistics;
using Jinning.Reference;

namespace Jinning.Reporting.Periodic;

/// <summary>A report section as a table with Chinese headings: one CSV block or one XLSX sheet.</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>Lays the periodic report out as tables; CSV and XLSX share this, so they hold the JSON's numbers.</summary>
public static class ReportTables
{
    public static readonly string[] SummaryColumns =
        ["分组", "问题数", "未办结", "已办结", "重大问题", "超期数", "超期率", "已整改", "按期整改", "按期率", "办理时长中位数(小时)", "办理时长90分位(小时)", "已反馈", "确认满意", "提出异议",
            "平均评分", "满意率", "超时未确认"];

    public static IReadOnlyList<ReportTable> From(PeriodicReport report) =>
    [
        new("概况", ["项目", "数值"],
        [
            ["报告", report.Title], ["期间", $"{report.From:yyyy-MM-dd} 至 {report.To:yyyy-MM-dd}"],
            ["问题总数", report.Issues.Count], ["已办结", report.Issues.Closed], ["重大问题", report.Issues.Major],
            ["按期率", report.Issues.OnTimeRate], ["超期率", report.Issues.OverdueRate],
            ["办理时长中位数(小时)", report.Issues.MedianHandlingHours], ["办理时长90分位(小时)", report.Issues.P90HandlingHours],
            ["确认满意", report.Issues.FeedbackAccepted], ["提出异议", report.Issues.FeedbackObjected],
            ["超时未确认", report.Issues.ConfirmationsTimedOut],
            ["新聘监督员", report.SupervisorsAppointed], ["期末在任监督员", report.SupervisorsServing], ["曝光典型案例", report.CasesExposed],
        ]),
        Summary("按问题类别", report.ByCategory, CategoryName),
        Summary("按责任单位", report.ByDepartment, code => DistrictReference.Departments.GetValueOrDefault(code) ?? (code == "undispatched" ? "未转办" : code)),
        Summary("按月份", report.ByMonth, key => key),
        new("履职情况", ["半年度", "应交人数", "按时提交", "逾期提交", "未提交", "履职率", "建议被采纳"],
            report.Duties.Select(d => new object?[] { d.Period, d.Owed, d.OnTime, d.Late, d.Missing, d.ComplianceRate, d.SuggestionsAdopted }).ToList()),
        new("表彰排名", ["名次", "姓名", "证书编号", "推荐单位", "反映问题", "建议被采纳", "按时履职", "受托任务", "出席会议", "参加培训", "得分"],
            report.TopSupervisors.Select(e => new object?[] { e.Rank, e.Name, e.CertificateNumber, e.NominatingUnit, e.IssuesReported, e.SuggestionsAdopted,
                e.DutiesOnTime, e.TasksReported, e.MeetingsAttended, e.TrainingsAttended, e.Score }).ToList()),
    ];

    private static ReportTable Summary(string name, IReadOnlyList<SummaryGroup> groups, Func<string, string> label) =>
        new(name, SummaryColumns, groups.Select(g => new object?[]
        {
            label(g.Key), g.Count, g.Open, g.Closed, g.Major, g.Overdue, g.OverdueRate, g.Rectified, g.OnTime, g.OnTimeRate,
            g.MedianHandlingHours, g.P90HandlingHours, g.FeedbackGiven, g.FeedbackAccepted, g.FeedbackObjected, g.AverageRating, g.SatisfactionRate,
            g.ConfirmationsTimedOut,
        }).ToList());

    public static string CategoryName(string category) => DistrictReference.IssueCategories.GetValueOrDefault(category, "其他");
}
