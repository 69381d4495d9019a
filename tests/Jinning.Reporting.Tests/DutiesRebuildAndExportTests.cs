using System.Text.Json;
using Jinning.Reporting.Awards;
using Jinning.Reporting.Data;
using Jinning.Reporting.Duties;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.Periodic;
using Jinning.Reporting.Rebuild;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jinning.Reporting.Tests;

/// <summary>P2 duties and awards, P3 exports, P5 rebuild — on a real database.</summary>
public sealed class DutiesRebuildAndExportTests(ReportingInfrastructure infrastructure) : IClassFixture<ReportingInfrastructure>
{
    [Fact]
    public async Task HalfYearCompliance_AndTheAwardRanking()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("duties"), DateTimeOffset.UtcNow);
        await host.FeedAsync(SampleHistory.Events());

        var compliance = await host.WithScopeAsync(s => s.GetRequiredService<DutiesReport>().ForAsync("2026-H2", CancellationToken.None));
        Assert.Equal((3, 1, 1, 1, 0.3333, 1), (compliance.Owed, compliance.OnTime, compliance.Late, compliance.Missing, compliance.ComplianceRate!.Value, compliance.SuggestionsAdopted));
        Assert.Equal(["missing", "late", "on-time"], compliance.Supervisors.Select(s => s.Status));
        Assert.Equal("孙三", compliance.Supervisors[0].Name);

        var ranking = await host.WithScopeAsync(s => s.GetRequiredService<AwardRanking>().ForYearAsync(2026, CancellationToken.None));
        // 赵一: 2 reports × 2 + 1 adopted × 5 + 1 on time × 3 + 1 meeting = 13;
        // 钱二: 2 reports × 2 + 1 task × 3 + 1 training = 8; 孙三 reported only in 2027.
        Assert.Equal([("赵一", 1, 13), ("钱二", 2, 8)], ranking.Select(e => (e.Name, e.Rank, e.Score)));
        Assert.Equal((2, 1, 1, 0, 1, 0), (ranking[0].IssuesReported, ranking[0].SuggestionsAdopted, ranking[0].DutiesOnTime, ranking[0].TasksReported,
            ranking[0].MeetingsAttended, ranking[0].TrainingsAttended));
        Assert.Equal(1, ranking[1].TasksReported); // reported twice, counted once
        Assert.Equal(0, ranking[1].MeetingsAttended); // the corrected attendance list replaced the first
    }

    [Fact]
    public async Task Rebuild_FromTheKeptEvents_GivesExactlyTheLiveReadModels()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("rebuild"), DateTimeOffset.UtcNow);
        await host.FeedAsync(SampleHistory.Events());
        var live = await SnapshotAsync(host);
        var liveSummary = await SummaryAsync(host);

        var result = await host.WithScopeAsync(s => s.GetRequiredService<ReadModelRebuilder>().RebuildAsync(CancellationToken.None));

        Assert.Equal(SampleHistory.Events().Length, result.ReplayedEvents);
        Assert.Equal(live, await SnapshotAsync(host));
        Assert.Equal(liveSummary, await SummaryAsync(host));
        Assert.Contains("\"status\":\"closed\"", live);
    }

    [Fact]
    public async Task PeriodicReport_XlsxAndCsv_HoldTheNumbersOfTheJson()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("export"), DateTimeOffset.UtcNow);
        await host.FeedAsync(SampleHistory.Events());
        var report = (await host.WithScopeAsync(s => s.GetRequiredService<PeriodicReportBuilder>().BuildAsync("2026-H2", CancellationToken.None)))!;
        Assert.Equal("晋宁区营商环境义务监督员工作2026年下半年报告", report.Title);
        Assert.Equal((5, 1, 1), (report.Issues.Count, report.SupervisorsAppointed, report.CasesExposed)); // 孙三 was appointed in the half-year

        var xlsx = ReportExporters.ToXlsx(ReportTables.From(report));
        using var stream = new MemoryStream(xlsx);
        Assert.Contains("按问题类别", stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: "按问题类别").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(report.ByCategory.Count, rows.Count);
        foreach (var (row, group) in rows.Zip(report.ByCategory))
        {
            Assert.Equal(ReportTables.CategoryName(group.Key), row["分组"]);
            Assert.Equal(group.Count, Convert.ToInt32(row["问题数"]));
            Assert.Equal(group.Closed, Convert.ToInt32(row["已办结"]));
            Assert.Equal(group.OnTimeRate, row["按期率"] is null ? null : Convert.ToDouble(row["按期率"]));
            Assert.Equal(group.MedianHandlingHours, row["办理时长中位数(小时)"] is null ? null : Convert.ToDouble(row["办理时长中位数(小时)"]));
        }
        stream.Position = 0;
        var duties = stream.Query(useHeaderRow: true, sheetName: "履职情况").Cast<IDictionary<string, object>>().Single();
        Assert.Equal(report.Duties[0].Missing, Convert.ToInt32(duties["未提交"]));

        var csv = System.Text.Encoding.UTF8.GetString(ReportExporters.ToCsv(ReportTables.From(report)));
        Assert.Contains("分组,问题数,未办结,已办结", csv);
        Assert.Contains("基层窗口服务,2,1,1,0,1,0.5,2,1,0.5,36,45.6", csv);
    }

    internal static Task<string> SnapshotAsync(ReportingHost host) => host.QueryAsync(async db => JsonSerializer.Serialize(new
    {
        issues = await db.IssueFacts.AsNoTracking().OrderBy(f => f.IssueId).Select(f => new
        {
            f.IssueId, f.TrackingNumber, f.Category, f.Source, f.ReporterSupervisorId, f.DepartmentCode, f.Status, f.Closed, f.Major, f.ReportedAt, f.ReportedOn,
            f.DispatchedAt, f.Deadline, f.RectifiedAt, f.HandlingHours, f.OnTime, f.Overdue, f.FeedbackGiven, f.Accepted, f.Objections, f.Rating, f.ClosedAt, f.Exposed,
        }).ToListAsync(),
        supervisors = await db.SupervisorFacts.AsNoTracking().OrderBy(s => s.SupervisorId).ToListAsync(),
        duties = await db.DutyFacts.AsNoTracking().OrderBy(d => d.Period).ThenBy(d => d.SupervisorId).ToListAsync(),
        attendance = await db.AttendanceFacts.AsNoTracking().OrderBy(a => a.ActivityId).ThenBy(a => a.SupervisorId).ToListAsync(),
        tasks = await db.TaskFacts.AsNoTracking().OrderBy(t => t.TaskId).ThenBy(t => t.SupervisorId).ToListAsync(),
    }, JsonSerializerOptions.Web));

    private static Task<string> SummaryAsync(ReportingHost host) => host.WithScopeAsync(async s =>
    {
        var (groups, total) = await s.GetRequiredService<IssueStatisticsIndex>().SummarizeAsync(s.GetRequiredService<ReportingDbContext>(), SummaryGrouping.Department, null, null, CancellationToken.None);
        return JsonSerializer.Serialize(new { groups, total });
    });
}
