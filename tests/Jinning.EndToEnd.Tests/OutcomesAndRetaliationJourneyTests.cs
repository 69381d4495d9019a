using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// Issue 13 journeys that cross services through the gateway: the discipline commission's stages reach
/// the reporter's inbox without the measures, the outcome reaches them when the office closes, and a
/// complainant follows a complaint with the query code.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OutcomesAndRetaliationJourneyTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task DisciplineCommission_RecordsAStage_TheReporterHearsTheStageButNeverTheMeasures_ThenTheOutcome()
    {
        var accounts = platform.Accounts;
        var supervisor = await accounts.AppointSupervisorAsync("钟四");
        var discipline = await accounts.TokenAsync("discipline");
        var office = await accounts.TokenAsync("office");
        const string measures = "对责任人给予政务记过处分";
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "反映问题后被反复检查", description = "反映窗口问题后，企业每周被同一单位检查。", category = "retaliation", channel = "visit",
        });
        var id = issue.GetProperty("id").GetGuid();
        var refused = await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office,
            new { kind = "transfer", departmentCode = "public-security" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("retaliation-not-dispatchable", await refused.Content.ReadAsStringAsync());

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/discipline-handling", discipline,
            new { stage = "substantiated", measures, note = "经查属实" });
        var seenByCommission = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/discipline-handling", discipline);
        Assert.Equal(measures, seenByCommission[0].GetProperty("measures").GetString());

        var inbox = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", supervisor.Token),
            page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("kind").GetString() == "discipline-stage"),
            Patience, "the stage in the reporter's inbox");
        var stage = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "discipline-stage");
        Assert.Contains("经查属实", stage.GetProperty("body").GetString());
        Assert.DoesNotContain("记过", inbox.GetRawText());

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/close", office,
            new { outcome = "referred-elsewhere", reason = "已移交区纪委区监委依规处理" });
        var closed = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", supervisor.Token),
            page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("kind").GetString() == "issue-closed"),
            Patience, "the outcome in the reporter's inbox");
        Assert.Contains("已转其他渠道办理", closed.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == "issue-closed").GetProperty("body").GetString());
    }

    [Fact]
    public async Task Complainant_FollowsTheComplaintThroughTheGateway_WithTheQueryCode_AndNoticesAndScorecardAnswer()
    {
        var posted = await platform.Gateway.PostAsJsonAsync("/api/public/complaints", new
        {
            title = "开办餐馆许可被要求额外证明", description = "窗口要求提供清单外的证明。", category = "window-service", contactPhone = "13900002222",
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var receipt = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var trackingNumber = receipt.GetProperty("trackingNumber").GetString();
        var code = receipt.GetProperty("queryCode").GetString();

        var tracked = await platform.Gateway.GetAsync($"/api/public/complaints/{trackingNumber}?code={code}");
        var text = await tracked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        Assert.Equal("registered", JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("13900002222", text);
        Assert.Equal(HttpStatusCode.NotFound,
            (await platform.Gateway.GetAsync($"/api/public/complaints/{trackingNumber}?code=WRONGCODE1")).StatusCode);

        var notices = await platform.Gateway.GetAsync("/api/public/notices");
        Assert.Equal(HttpStatusCode.OK, notices.StatusCode);
        Assert.True((await notices.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("items", out _));

        var office = await platform.Accounts.TokenAsync("office");
        var scorecard = await platform.Accounts.SendOkAsync(HttpMethod.Get, "/api/reports/departments/scorecard?period=2026-11", office);
        Assert.True(scorecard.TryGetProperty("office", out var timeliness) && timeliness.TryGetProperty("registeredToDispatch", out _));
        Assert.Equal(HttpStatusCode.BadRequest,
            (await platform.Accounts.SendAsync(HttpMethod.Get, "/api/reports/departments/scorecard?period=2026-13", office)).StatusCode);
    }
}
