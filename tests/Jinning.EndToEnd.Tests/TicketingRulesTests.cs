using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// T3, T4, T8 through the gateway: merged duplicates, lead unit and co-handlers, extension, return
/// arbitration, attachments, the identity-view log, office-edited departments and the Open311 export.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TicketingRulesTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private async Task<Guid> ReportAsync(string token, string title, string category = "window-service")
    {
        var issue = await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", token, new
        {
            title, description = $"{title}：群众反映强烈。", category, channel = "web", place = "晋宁区昆阳街道",
        });
        return issue.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task MergedDuplicate_EveryReporterGetsTheOutcome_OnlyTheFirstConfirms()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var first = await accounts.AppointSupervisorAsync("何一");
        var second = await accounts.AppointSupervisorAsync("吕二");
        var health = await accounts.DepartmentSystemTokenAsync("health");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var survivor = await ReportAsync(first.Token, $"诊所审批材料反复退回 {tag}", "administrative-approval");
        var duplicate = await ReportAsync(second.Token, $"诊所审批多次要求补材料 {tag}", "administrative-approval");

        var merged = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{duplicate}/merge", office, new { intoIssueId = survivor, note = "同一诊所同一事项" });
        Assert.Equal("merged", merged.GetProperty("status").GetString());
        Assert.Equal("closed", merged.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{duplicate}/dispatch", office,
            new { kind = "transfer", departmentCode = "health" })).StatusCode);

        await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", second.Token),
            page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("kind").GetString() == "issue-merged"),
            Patience, "the merge notice to the duplicate's reporter");
        var closedOnes = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues?state=closed&q={tag}", office);
        Assert.Equal([duplicate], closedOnes.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var openOnes = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues?state=open&category=administrative-approval&q={tag}", office);
        Assert.Equal([survivor], openOnes.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, (await accounts.SendAsync(HttpMethod.Get, "/api/ticketing/issues?status=nonsense", office)).StatusCode);

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/dispatch", office, new { kind = "transfer", departmentCode = "health" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/accept", health);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/rectification", health, new { summary = "已实行一次性告知。" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/review", office, new { approved = true });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/feedback", office, new { message = "卫健局已实行一次性告知。" });

        foreach (var reporter in new[] { first, second })
        {
            await Eventually.WaitForAsync(
                () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", reporter.Token),
                page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("kind").GetString() == "feedback-given"),
                Patience, $"the outcome in {reporter.CertificateNumber}'s inbox");
        }

        // The second reporter follows the surviving issue but does not see who else reported it.
        var seenBySecond = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{survivor}", second.Token);
        Assert.Equal(JsonValueKind.Null, seenBySecond.GetProperty("reporterSupervisorId").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/acceptance", second.Token, new { rating = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/acceptance", office, new { rating = 3 })).StatusCode);
        var closed = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{survivor}/acceptance", first.Token, new { rating = 4 });
        Assert.Equal("closed", closed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HotlineComplaint_ReviewSendsARectificationBack_AndTheOfficeConfirmsAfterCallingBack()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var department = await accounts.DepartmentSystemTokenAsync("market-regulation");
        var complaint = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title = $"热线：个体户登记被要求额外材料 {Guid.NewGuid():N}", description = "来电人称办理登记时被要求提供清单外材料。",
            category = "window-service", channel = "hotline", source = "hotline",
        });
        var id = complaint.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "market-regulation" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", department);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", department, new { summary = "已口头告知。" });
        Assert.Equal(HttpStatusCode.BadRequest, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/review", office, new { approved = false })).StatusCode);
        var redo = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/review", office, new { approved = false, note = "须公示书面清单" });
        Assert.Equal("in-progress", redo.GetProperty("status").GetString());
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", department, new { summary = "已公示一次性告知清单。" });
        var reviewed = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/review", office, new { approved = true });
        Assert.Equal("reviewed", reviewed.GetProperty("status").GetString());
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/feedback", office, new { message = "已电话告知来电人。" });
        var closed = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance", office, new { rating = 4, comment = "来电人表示满意" });
        Assert.Equal("closed", closed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task LeadUnitAndCoHandler_ExtensionAndReturnArbitration()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("施三");
        var lead = await accounts.DepartmentSystemTokenAsync("natural-resources");
        var coHandler = await accounts.DepartmentSystemTokenAsync("housing-construction");
        var outsider = await accounts.DepartmentSystemTokenAsync("emergency-management");
        var id = await ReportAsync(supervisor.Token, $"工业用地规划许可跨部门卡壳 {Guid.NewGuid():N}", "administrative-approval");

        var dispatched = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new
        {
            kind = "assign", departmentCode = "natural-resources", coHandlers = new[] { "housing-construction" }, instructions = "牵头会同住建局办理",
        });
        Assert.Equal(["housing-construction"], dispatched.GetProperty("coHandlers").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.True(dispatched.GetProperty("signForDeadline").GetDateTimeOffset() < dispatched.GetProperty("deadline").GetDateTimeOffset());

        var seen = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", coHandler);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("reporterSupervisorId").ValueKind);
        Assert.StartsWith("监督员-", seen.GetProperty("reporterPseudonym").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", outsider)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", coHandler)).StatusCode);
        var coProgress = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/progress", coHandler, new { note = "住建局已出具意见。" });
        Assert.Equal("dispatched", coProgress.GetProperty("status").GetString());
        await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", coHandler),
            page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("title").GetString()!.StartsWith("【协办】")),
            Patience, "the co-handler's notice");

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", lead);
        var deadline = dispatched.GetProperty("deadline").GetDateTimeOffset();
        var asked = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/extension", lead, new { until = deadline.AddDays(10), reason = "需报市局审批" });
        Assert.Equal("requested", asked.GetProperty("extension").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/extension", lead,
            new { until = deadline.AddDays(12), reason = "再次申请" })).StatusCode);
        var granted = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/extension/decision", office, new { granted = true, until = deadline.AddDays(5), note = "批准五天" });
        Assert.Equal("granted", granted.GetProperty("extension").GetString());
        Assert.Equal(deadline.AddDays(5), granted.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Conflict, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/extension/decision", office, new { granted = true })).StatusCode);

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/return", lead, new { reason = "规划许可不属本局" });
        var badDecision = await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/return/decision", office, new { decision = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, badDecision.StatusCode);
        var sentBack = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/return/decision", office, new { decision = "send-back", note = "属本局职责" });
        Assert.Equal("dispatched", sentBack.GetProperty("status").GetString());
        Assert.Equal("natural-resources", sentBack.GetProperty("departmentCode").GetString());
        Assert.Equal(deadline.AddDays(5), sentBack.GetProperty("deadline").GetDateTimeOffset());

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/return", lead, new { reason = "仍认为不属本局" });
        var moved = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/return/decision", office, new
        {
            decision = "redispatch", dispatch = new { kind = "assign", departmentCode = "emergency-management" },
        });
        Assert.Equal("emergency-management", moved.GetProperty("departmentCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", coHandler)).StatusCode);
        await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", outsider);

        var history = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/history", office);
        Assert.Equal(["report", "dispatch", "progress", "accept", "extension", "extension-decision", "return", "return-decision", "return", "return-decision"],
            history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
    }

    [Fact]
    public async Task WaitingForMaterial_StopsHandling_UntilTheOfficeSuppliesIt()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("张四");
        var department = await accounts.DepartmentSystemTokenAsync("human-resources");
        var id = await ReportAsync(supervisor.Token, $"社保转移接续办理慢 {Guid.NewGuid():N}", "service-commitment");
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "human-resources" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", department);

        var waiting = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/material-request", department, new { note = "请提供企业参保编号" });
        Assert.Equal("waiting-for-material", waiting.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, waiting.GetProperty("clockStoppedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", department, new { summary = "已办" })).StatusCode);

        var resumed = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/material", office, new { note = "已补充参保编号" });
        Assert.Equal("in-progress", resumed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("clockStoppedAt").ValueKind);
        // Supplied the same day: no working day was lost, so the deadline stays (the moved deadline is tested with a fake clock).
        Assert.Equal(waiting.GetProperty("deadline").GetDateTimeOffset(), resumed.GetProperty("deadline").GetDateTimeOffset());
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", department, new { summary = "已办结转移接续。" });
    }

    [Fact]
    public async Task Attachments_AreTypeAndSizeChecked_AndVisibleOnlyWithTheIssue()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("孔五");
        var department = await accounts.DepartmentSystemTokenAsync("commerce-investment");
        var other = await accounts.DepartmentSystemTokenAsync("finance");
        var id = await ReportAsync(supervisor.Token, $"招商承诺未兑现 {Guid.NewGuid():N}", "policy-implementation");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

        var uploaded = await UploadAsync(id, supervisor.Token, "现场照片.png", png);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(id, supervisor.Token, "伪装.png", "MZ this is not a picture"u8.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(id, supervisor.Token, "tool.exe", [0x4D, 0x5A, 0x90, 0])).StatusCode);
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        png.CopyTo(tooLarge, 0);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await UploadAsync(id, supervisor.Token, "大图.png", tooLarge)).StatusCode);

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "commerce-investment" });
        var list = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/attachments", department);
        var attachmentId = Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid();
        var download = await accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/attachments/{attachmentId}", department);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/attachments/{attachmentId}", other)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(id, other, "证明.pdf", "%PDF-1.7"u8.ToArray())).StatusCode);
    }

    [Fact]
    public async Task EveryViewOfTheReporter_IsLogged_DepartmentViewsAreNot()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("曹六");
        var department = await accounts.DepartmentSystemTokenAsync("gudian-committee");
        var id = await ReportAsync(supervisor.Token, $"景区周边商户办证难 {Guid.NewGuid():N}");
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "gudian-committee" });

        await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", office);
        await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", department);
        await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", supervisor.Token);

        var discipline = await accounts.TokenAsync("discipline");
        var views = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}/identity-views", discipline);
        var view = Assert.Single(views.EnumerateArray(), v => v.GetProperty("via").GetString() == "GET /api/ticketing/issues/{id}");
        Assert.Equal("office", view.GetProperty("viewer").GetString());
        Assert.DoesNotContain(views.EnumerateArray(), v => v.GetProperty("viewerRole").GetString() == "department");
    }

    [Fact]
    public async Task Office_EditsDepartments_InactiveOnesTakeNoDispatch_AndOpen311ExportsPlainState()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var code = $"unit-{Guid.NewGuid():N}"[..20];
        var created = await accounts.SendAsync(HttpMethod.Post, "/api/ticketing/departments", office, new { code, name = "区数据局" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await accounts.SendAsync(HttpMethod.Post, "/api/ticketing/departments", office, new { code, name = "重复" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await accounts.SendAsync(HttpMethod.Post, "/api/ticketing/departments", office, new { code = "Bad Code", name = "x" })).StatusCode);
        var renamed = await accounts.SendOkAsync(HttpMethod.Put, $"/api/ticketing/departments/{code}", office, new { name = "区数据管理局", active = false });
        Assert.False(renamed.GetProperty("active").GetBoolean());

        var supervisor = await accounts.AppointSupervisorAsync("严七");
        var id = await ReportAsync(supervisor.Token, $"数据共享不到位 {Guid.NewGuid():N}", "government-transparency");
        var refused = await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = code });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var tracking = (await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", office)).GetProperty("trackingNumber").GetString();
        var requests = await accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/open311/v2/requests.json?status=open", office);
        var request = Assert.Single(requests.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == tracking);
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("government-transparency", request.GetProperty("service_code").GetString());
        Assert.DoesNotContain(requests.EnumerateArray(), r => r.GetProperty("service_code").GetString() == "retaliation");
        Assert.False(request.TryGetProperty("reporterSupervisorId", out _));
    }

    [Fact]
    public async Task Department_SeesTheDeliveryStateOfItsOwnNoticesOnly()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var department = await accounts.DepartmentSystemTokenAsync("industrial-park");
        using var receiver = new WebhookReceiver();
        await accounts.SendOkAsync(HttpMethod.Post, "/api/notifications/webhooks", office, new
        {
            recipient = "department:industrial-park", url = receiver.BaseUrl + "ok", secret = "industrial-park-secret-2026", description = "园区办件系统",
        });
        var supervisor = await accounts.AppointSupervisorAsync("华八");
        var id = await ReportAsync(supervisor.Token, $"园区企业用电报装慢 {Guid.NewGuid():N}");
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "industrial-park" });

        var own = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/deliveries?pageSize=100&recipient=role:office", department),
            page => page.GetProperty("items").EnumerateArray().Any(d => d.GetProperty("status").GetString() == "sent"), Patience, "the department's webhook delivery");
        Assert.All(own.GetProperty("items").EnumerateArray(), d => Assert.Equal("department:industrial-park", d.GetProperty("recipient").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await accounts.SendAsync(HttpMethod.Post, $"/api/notifications/deliveries/{Guid.NewGuid()}/retry", department)).StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(Guid issueId, string token, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/ticketing/issues/{issueId}/attachments") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await platform.Gateway.SendAsync(request);
    }
}

/// <summary>A department the office adds works like a seeded one: its account, its system's client, its issues.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NewDepartmentTests(PlatformFixture platform)
{
    [Fact]
    public async Task DepartmentAddedByTheOffice_SignsInAsASystem_AndSeesItsIssue()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var code = $"data-{Guid.NewGuid():N}"[..16];
        const string secret = "Data#Bureau2026";
        await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/departments", office, new { code, name = "区数据局" });
        await accounts.SendOkAsync(HttpMethod.Post, "/api/identity/accounts", office, new
        {
            userName = $"dept.{code}", displayName = "区数据局", role = "department", departmentCode = code, password = secret,
        });

        var system = await accounts.PostTokenRequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = $"dept.{code}", ["client_secret"] = secret,
        });
        Assert.Equal(HttpStatusCode.OK, system.StatusCode);
        var token = System.Text.Json.JsonDocument.Parse(await system.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;

        var supervisor = await accounts.AppointSupervisorAsync("蒋四");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = $"政务数据共享迟缓 {code}", description = "证照数据未共享，企业反复提交。", category = "government-transparency", channel = "web",
        });
        var id = issue.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = code });
        var seen = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", token);
        Assert.Equal(code, seen.GetProperty("departmentCode").GetString());
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", token);
    }
}
