using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;

namespace Jinning.Ticketing.Tests;

/// <summary>T11 and T13 through the service: types, the office's intake for a supervisor, complaints followed with a query code.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class IntakeAndTrackingServiceTests(TicketingInfrastructure infrastructure)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task PublicComplaint_RightCodeShowsTheTimeline_WrongCodeIs404_AndNothingInternalIsShown()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("tracking"), Start);
        var posted = await host.Http.PostAsJsonAsync("/api/public/complaints", new
        {
            title = "办照窗口要求额外材料", description = "要求提供法律未规定的证明。", category = "window-service", contactName = "王先生",
            contactPhone = "13900001111",
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var receipt = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var trackingNumber = receipt.GetProperty("trackingNumber").GetString()!;
        var code = receipt.GetProperty("queryCode").GetString()!;
        Assert.Equal(10, code.Length);
        var stored = await host.QueryAsync(db => Task.FromResult(db.Issues.Single(i => i.TrackingNumber == trackingNumber)));
        Assert.DoesNotContain(code, stored.QueryCodeHash!);

        var department = TicketingHost.Department("market-regulation");
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{stored.Id}/dispatch", TicketingHost.Office,
            new { kind = "transfer", departmentCode = "market-regulation", instructions = "内部要求：核查窗口人员甲某" });
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{stored.Id}/accept", department);
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{stored.Id}/rectification", department,
            new { summary = "内部：已对甲某诫勉谈话" });
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{stored.Id}/feedback", TicketingHost.Office,
            new { message = "已责令窗口一次性告知所需材料。" });

        var response = await host.Http.GetAsync($"/api/public/complaints/{trackingNumber}?code={code}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var progress = JsonDocument.Parse(text).RootElement;
        Assert.Equal(["trackingNumber", "status", "state", "outcome", "timeline", "feedback"],
            progress.EnumerateObject().Select(p => p.Name));
        Assert.Equal((trackingNumber, "feedback-given", "open"), (progress.GetProperty("trackingNumber").GetString(),
            progress.GetProperty("status").GetString(), progress.GetProperty("state").GetString()));
        Assert.Equal(["registered", "dispatched", "signed-for", "rectified", "feedback-given"],
            progress.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetString()));
        Assert.All(progress.GetProperty("timeline").EnumerateArray(), t => Assert.Equal(["at", "status", "text"],
            t.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("已责令窗口一次性告知所需材料。", progress.GetProperty("feedback").GetString());
        foreach (var secret in new[] { "内部", "甲某", "market-regulation", "13900001111", "王先生", stored.Id.ToString(), "office", "system" })
        {
            Assert.DoesNotContain(secret, text);
        }

        var wrong = await host.Http.GetAsync($"/api/public/complaints/{trackingNumber}?code=ABCDEFGHJK");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await host.Http.GetAsync($"/api/public/complaints/WT-20261102-9999?code={code}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync($"/api/public/complaints/{trackingNumber}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await host.Http.GetAsync($"/api/public/complaints/{trackingNumber}?code={code.ToLowerInvariant()}")).StatusCode);
    }

    [Fact]
    public async Task WrongQueryCodes_AreLimitedPerTrackingNumber_TheRightCodeWaitsTooUntilTheWindowPasses()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("guessing"), Start);
        var receipt = await (await host.Http.PostAsJsonAsync("/api/public/complaints", new { title = "标题", description = "描述" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var trackingNumber = receipt.GetProperty("trackingNumber").GetString();
        var code = receipt.GetProperty("queryCode").GetString();
        var other = await (await host.Http.PostAsJsonAsync("/api/public/complaints", new { title = "另一件", description = "描述" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        for (var guess = 0; guess < 5; guess++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/complaints/{trackingNumber}?code=WRONG{guess:00000}");
            request.Headers.Add("X-Forwarded-For", $"10.0.0.{guess}");
            Assert.Equal(HttpStatusCode.NotFound, (await host.Http.SendAsync(request)).StatusCode);
        }
        var limited = await host.Http.GetAsync($"/api/public/complaints/{trackingNumber}?code={code}");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("https://jinning.gov.cn/problems/rate-limited",
            JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(
            $"/api/public/complaints/{other.GetProperty("trackingNumber").GetString()}?code={other.GetProperty("queryCode").GetString()}"))
            .StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync($"/api/public/complaints/{trackingNumber}?code={code}")).StatusCode);
    }

    [Fact]
    public async Task OfficeRegisteredHotlineComplaint_KeepsTheCallersContactForTheOfficeOnly_AndGetsAQueryCode()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("hotline"), Start);
        var registered = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Office, new
        {
            title = "热线：个体户登记被要求额外材料", description = "来电人称被要求提供清单外材料。", category = "window-service", channel = "hotline",
            source = "hotline",
            contactName = "李女士", contactPhone = "13700002222",
        });
        var id = registered.GetProperty("id").GetGuid();
        var code = registered.GetProperty("queryCode").GetString();
        Assert.Equal(10, code?.Length);
        Assert.Equal("李女士 13700002222", registered.GetProperty("complainantContact").GetString());
        var again = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Office);
        Assert.Equal(JsonValueKind.Null, again.GetProperty("queryCode").ValueKind);

        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", TicketingHost.Office, new
        {
            kind = "transfer",
            departmentCode = "market-regulation"
        });
        var seenByDepartment = await (await host.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}",
            TicketingHost.Department("market-regulation")))
            .Content.ReadAsStringAsync();
        Assert.DoesNotContain("13700002222", seenByDepartment);
        Assert.DoesNotContain("李女士", seenByDepartment);
        var trackingNumber = registered.GetProperty("trackingNumber").GetString();
        var tracked = await host.Http.GetFromJsonAsync<JsonElement>($"/api/public/complaints/{trackingNumber}?code={code}");
        Assert.Equal("dispatched", tracked.GetProperty("status").GetString());

        var supervisorsOwn = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Supervisor(Guid.NewGuid()),
            new { title = "标题", description = "描述", category = "other", channel = "web" });
        Assert.Equal(JsonValueKind.Null, supervisorsOwn.GetProperty("queryCode").ValueKind);
    }

    [Fact]
    public async Task OfficeEntersASupervisorsLetter_ItIsThatSupervisorsOwnIssue_WithItsType()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("onbehalf"), Start);
        var supervisor = Guid.NewGuid();
        var entered = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Office, new
        {
            title = "建议推行企业开办一窗通办", description = "来信建议。", category = "administrative-approval", channel = "letter", type = "suggestion",
            onBehalfOfSupervisorId = supervisor,
        });
        var id = entered.GetProperty("id").GetGuid();
        Assert.Equal(("supervisor", "suggestion", "letter"), (entered.GetProperty("source").GetString(),
        entered.GetProperty("type").GetString(),
            entered.GetProperty("channel").GetString()));
        Assert.Equal(supervisor, entered.GetProperty("reporterSupervisorId").GetGuid());
        Assert.Equal(JsonValueKind.Null, entered.GetProperty("queryCode").ValueKind);

        var own = TicketingHost.Supervisor(supervisor);
        var list = await host.OkAsync(HttpMethod.Get, "/api/ticketing/issues?type=suggestion", own);
        Assert.Equal([id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var reported = JsonDocument.Parse(Assert.Single(await host.OutboxBodiesAsync<IssueReported>())).RootElement;
        Assert.Equal((supervisor, "suggestion"), (reported.GetProperty("reporterSupervisorId").GetGuid(),
            reported.GetProperty("type").GetString()));

        var department = TicketingHost.Department("government-services");
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", TicketingHost.Office, new
        {
            kind = "transfer",
            departmentCode = "government-services"
        });
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", department);
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", department, new { summary = "已采纳，推行一窗通办。" });
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/feedback", TicketingHost.Office, new { message = "建议已被采纳。" });
        Assert.Equal(HttpStatusCode.Forbidden, (await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance",
        TicketingHost.Office,
            new { rating = 5 })).StatusCode);
        var closed = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance", own, new { rating = 5 });
        Assert.Equal(("closed", "resolved", "confirmed"), (closed.GetProperty("status").GetString(),
        closed.GetProperty("outcome").GetString(),
            closed.GetProperty("confirmation").GetString()));

        var web = await host.SendAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Office, new
        {
            title = "标题", description = "描述", category = "other", channel = "web", onBehalfOfSupervisorId = supervisor,
        });
        Assert.Equal(HttpStatusCode.BadRequest, web.StatusCode);
        Assert.Contains("channel", await web.Content.ReadAsStringAsync());
        var notOffice = await host.SendAsync(HttpMethod.Post, "/api/ticketing/issues", own, new
        {
            title = "标题", description = "描述", category = "other", channel = "letter", onBehalfOfSupervisorId = Guid.NewGuid(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, notOffice.StatusCode);
        var badType = await host.SendAsync(HttpMethod.Post, "/api/ticketing/issues", own, new
        {
            title = "标题", description = "描述", category = "other", channel = "web", type = "praise",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
    }

    [Fact]
    public async Task BadInput_NulCharactersHugeNumbersAndWrongTypes_Answer400NotA500()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("badinput"), Start);
        var supervisor = TicketingHost.Supervisor(Guid.NewGuid());
        var nulTitle = await host.SendAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor,
            new { title = "标题\u0000", description = "描述", category = "other", channel = "web" });
        Assert.Equal(HttpStatusCode.BadRequest, nulTitle.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.SendAsync(HttpMethod.Get, "/api/ticketing/issues?q=%00",
            supervisor)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync("/api/public/complaints/WT-1?code=%00")).StatusCode);

        var id = (await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor,
            new { title = "标题", description = "描述", category = "other", channel = "web" })).GetProperty("id").GetGuid();
        foreach (var body in new[] { "{\"rating\": 1e40}", "{\"rating\": \"five\"}", "{\"rating\": 99999999999}", "[1,2]" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new("Bearer", supervisor);
            Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.SendAsync(request)).StatusCode);
        }
        var reclassify = await host.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/reclassify", TicketingHost.Office,
            new { category = "other", reason = "无变化" });
        Assert.Equal(HttpStatusCode.BadRequest, reclassify.StatusCode);
    }
}
