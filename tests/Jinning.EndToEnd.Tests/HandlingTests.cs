using System.Net;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>T4, T5, T8: an issue from dispatch to a confirmed fix, an objection and redo, and its append-only history.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HandlingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Issue_FromDispatchToConfirmedFix_WithHistoryOfEveryChange()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("朱九");
        var finance = await accounts.DepartmentSystemTokenAsync("finance");
        var taxation = await accounts.DepartmentSystemTokenAsync("taxation");

        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "惠企资金拨付迟缓", description = "申报的惠企补助逾期未拨付。", category = "policy-implementation", channel = "web",
        });
        var id = issue.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "assign", departmentCode = "finance", instructions = "十日内拨付" });

        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", taxation)).StatusCode);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", finance);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/progress", finance, new { note = "已核实，正在走拨付流程。" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", finance, new { summary = "补助已于本周拨付到位。", evidence = new[] { "拨付凭证编号 2026-118" } });
        var early = await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance", supervisor.Token, new { rating = 5 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/feedback", office, new { message = "财政局已拨付补助。" });

        var other = await accounts.AppointSupervisorAsync("秦十");
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance", other.Token, new { rating = 1 })).StatusCode);
        var closed = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance", supervisor.Token, new { rating = 5, comment = "满意" });
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("closed", closed.GetProperty("state").GetString());

        var history = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/history", office);
        Assert.Equal(["report", "dispatch", "accept", "progress", "rectification", "feedback", "acceptance"],
            history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        Assert.Equal("finance", history[2].GetProperty("actor").GetString()!["dept.".Length..]);

        // The outcome reaches the reporter's personal file through the events.
        await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/supervisors/{supervisor.Id}/file", supervisor.Token),
            file => file.GetProperty("issues").EnumerateArray().Any(i => i.GetProperty("outcome").GetString() == "closed"),
            TimeSpan.FromSeconds(60), "the closed outcome in the personal file");
    }

    [Fact]
    public async Task Objection_ReopensForRedo_AndReturnedIssueIsRedispatchedByTheOffice()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("尤一");
        var transport = await accounts.DepartmentSystemTokenAsync("transport");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "道路运输证办理难", description = "多次往返。", category = "window-service", channel = "visit",
        });
        var id = issue.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "transport" });
        var returned = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/return", transport, new { reason = "属于政务服务局窗口", note = "请改派" });
        Assert.Equal("returned", returned.GetProperty("status").GetString());

        var government = await accounts.DepartmentSystemTokenAsync("government-services");
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "government-services" });
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", transport)).StatusCode);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", government);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", government, new { summary = "已设绿色通道。" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/feedback", office, new { message = "已整改。" });

        var reopened = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/objection", supervisor.Token, new { reason = "实际仍需往返两次" });
        Assert.Equal("reopened", reopened.GetProperty("status").GetString());
        var redo = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "supervise", departmentCode = "government-services" });
        Assert.Equal("dispatched", redo.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task History_CannotBeChangedOrDeletedThroughAnyRoute(string method)
    {
        var office = await platform.Accounts.TokenAsync("office");
        var issue = await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title = "来信", description = "内容", category = "other", channel = "letter", source = "mailbox",
        });
        var id = issue.GetProperty("id").GetGuid();

        var response = await platform.Accounts.SendAsync(new HttpMethod(method), $"/api/ticketing/issues/{id}/history", office, new { action = "forged" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var history = await platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/history", office);
        Assert.Equal("report", Assert.Single(history.EnumerateArray()).GetProperty("action").GetString());
    }
}
