using System.Net;
using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Tests;

/// <summary>T6, T12 through the service: a retaliation report never reaches a department, and the commission's handling.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class RetaliationServiceTests(TicketingInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, District); // Monday

    private static async Task<Guid> ReportAsync(TicketingHost host, Guid supervisor, string category)
    {
        var issue = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Supervisor(supervisor), new
        {
            title = "反映问题后企业被反复检查", description = "自从反映窗口问题后，企业每周被检查。", category, channel = "visit",
        });
        return issue.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Dispatch_OfARetaliationReport_AnswersItsProblemType_AndNothingReachesADepartment()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("retaliation"), Start);
        var id = await ReportAsync(host, Guid.NewGuid(), "retaliation");

        foreach (var kind in new[] { "transfer", "assign", "supervise" })
        {
            var response = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", TicketingHost.Office,
                new { kind, departmentCode = "public-security" });
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("https://jinning.gov.cn/problems/retaliation-not-dispatchable", problem.GetProperty("type").GetString());
            Assert.Equal("打击报复线索不能转办给部门", problem.GetProperty("title").GetString());
        }

        var issue = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Office);
        Assert.Equal("registered", issue.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, issue.GetProperty("departmentCode").ValueKind);
        Assert.Empty(await host.OutboxBodiesAsync<IssueTransferred>());
        Assert.Single(await host.OutboxBodiesAsync<RetaliationReported>());
    }

    [Fact]
    public async Task Reclassifying_ADispatchedIssueIntoRetaliation_TakesItOutOfEveryDepartmentsListViewAndMessages()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("reclassify"), Start);
        var reporter = Guid.NewGuid();
        var id = await ReportAsync(host, reporter, "window-service");
        var lead = TicketingHost.Department("market-regulation");
        var coHandler = TicketingHost.Department("taxation");
        var dispatched = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", TicketingHost.Office, new
        {
            kind = "assign", departmentCode = "market-regulation", coHandlers = new[] { "taxation" }, deadline = Start.AddDays(3),
        });
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", lead);
        Assert.Contains(id, await ListedAsync(host, lead));
        Assert.Contains(id, await ListedAsync(host, coHandler));
        var transferredBefore = (await host.OutboxBodiesAsync<IssueTransferred>()).Count;
        Assert.Equal(2, transferredBefore);

        var reclassified = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/reclassify", TicketingHost.Office,
            new { category = "retaliation", reason = "核实为对监督员的打击报复" });
        Assert.Equal(("researching", "retaliation"), (reclassified.GetProperty("status").GetString(),
            reclassified.GetProperty("category").GetString()));
        Assert.Equal(JsonValueKind.Null, reclassified.GetProperty("departmentCode").ValueKind);

        foreach (var department in new[] { lead, coHandler })
        {
            Assert.DoesNotContain(id, await ListedAsync(host, department));
            Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}",
                department)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/progress", department,
                new { note = "仍在办理" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/attachments",
                department)).StatusCode);
        }
        var redispatch = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", TicketingHost.Office,
            new { kind = "supervise", departmentCode = "market-regulation" });
        Assert.Equal(HttpStatusCode.Conflict, redispatch.StatusCode);
        Assert.Single(await host.OutboxBodiesAsync<RetaliationReported>()); // on reclassification: the commission hears of it
        var discipline = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Discipline);
        Assert.Equal(reporter, discipline.GetProperty("reporterSupervisorId").GetGuid());

        // Past the sign-for limit and the old deadline: the clock runs, and still no message goes to a department.
        await host.AdvanceAndTickAsync(TimeSpan.FromDays(2));
        await host.AdvanceAndTickAsync(TimeSpan.FromDays(5));
        Assert.Equal(transferredBefore, (await host.OutboxBodiesAsync<IssueTransferred>()).Count);
        Assert.Empty(await host.OutboxBodiesAsync<IssueReminderDue>());
        Assert.Empty(await host.OutboxBodiesAsync<IssueOverdue>());
        var reclassifiedEvent = JsonDocument.Parse(Assert.Single(await host.OutboxBodiesAsync<IssueReclassified>())).RootElement;
        Assert.True(reclassifiedEvent.GetProperty("withdrawn").GetBoolean());
        Assert.DoesNotContain("market-regulation", reclassifiedEvent.GetRawText());
    }

    [Fact]
    public async Task DisciplineHandling_IsSeenByOfficeAndCommission_NotByDepartments_AndTheReporterOnlyHearsTheStage()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("discipline"), Start);
        var reporter = Guid.NewGuid();
        var id = await ReportAsync(host, reporter, "retaliation");
        const string measures = "对责任人给予党内警告处分";
        var department = TicketingHost.Department("public-security");

        Assert.Equal(HttpStatusCode.Forbidden, (await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/discipline-handling",
        TicketingHost.Office,
            new { stage = "received" })).StatusCode);
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/discipline-handling", TicketingHost.Discipline,
            new { stage = "received", note = "已受理" });
        var substantiated = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/discipline-handling", TicketingHost.Discipline,
            new { stage = "substantiated", measures, note = "经查属实" });
        Assert.Equal("substantiated", substantiated.GetProperty("disciplineStage").GetString());
        var backwards = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/discipline-handling", TicketingHost.Discipline,
            new { stage = "investigating" });
        Assert.Equal(HttpStatusCode.Conflict, backwards.StatusCode);
        var badStage = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/discipline-handling", TicketingHost.Discipline,
            new { stage = "closed" });
        Assert.Equal(HttpStatusCode.BadRequest, badStage.StatusCode);

        foreach (var reader in new[] { TicketingHost.Office, TicketingHost.Discipline })
        {
            var records = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/discipline-handling", reader);
            Assert.Equal(["received", "substantiated"], records.EnumerateArray().Select(r => r.GetProperty("stage").GetString()));
            Assert.Equal(measures, records[1].GetProperty("measures").GetString());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await host.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/discipline-handling",
            department)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", department)).StatusCode);
        var history = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/history", TicketingHost.Discipline);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "discipline-handling");

        var seenByReporter = await host.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Supervisor(reporter));
        var reporterView = await seenByReporter.Content.ReadAsStringAsync();
        Assert.Equal("substantiated", JsonDocument.Parse(reporterView).RootElement.GetProperty("disciplineStage").GetString());
        Assert.DoesNotContain(measures, reporterView);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/discipline-handling",
            TicketingHost.Supervisor(reporter))).StatusCode);

        var stages = (await host.OutboxBodiesAsync<DisciplineStageRecorded>()).Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.Equal(["received", "substantiated"], stages.Select(s => s.GetProperty("stage").GetString()));
        Assert.All(stages, s => Assert.Equal([reporter], s.GetProperty("reporterSupervisorIds").EnumerateArray().Select(r => r.GetGuid())));
        Assert.All(stages, s => Assert.DoesNotContain(measures, s.GetRawText()));

        var closed = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/close", TicketingHost.Office,
            new { outcome = "referred-elsewhere", reason = "已移交区纪委区监委处理" });
        Assert.Equal("referred-elsewhere", closed.GetProperty("outcome").GetString());
    }

    private static async Task<List<Guid>> ListedAsync(TicketingHost host, string token)
    {
        var page = await host.OkAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=100", token);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }
}
