using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>A request through the gateway into one service, across RabbitMQ, into consumers of two others.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IssueFlowTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ReportedMajorIssue_ReachesTheOfficeInboxAndTheStatistics()
    {
        var supervisor = await platform.Accounts.AppointSupervisorAsync();
        var office = await platform.Accounts.TokenAsync("office");
        var title = $"窗口办事排长队 {Guid.NewGuid():N}";
        var response = await platform.Accounts.SendAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title,
            description = "政务服务中心只开两个窗口，群众排队两小时。",
            category = "window-service",
            channel = "web",
            place = "晋宁区政务服务中心",
            major = true,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issue = await response.Content.ReadFromJsonAsync<JsonElement>();
        var trackingNumber = issue.GetProperty("trackingNumber").GetString()!;
        Assert.Matches(@"^WT-\d{8}-\d{4}$", trackingNumber);
        Assert.Equal("registered", issue.GetProperty("status").GetString());
        Assert.Equal("open", issue.GetProperty("state").GetString());
        Assert.EndsWith("+08:00", issue.GetProperty("reportedAt").GetString());
        Assert.Equal(supervisor.Id, issue.GetProperty("reporterSupervisorId").GetGuid());

        var inbox = await Eventually.WaitForAsync(
            () => platform.Accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", office),
            page => page.GetProperty("items").EnumerateArray().Any(item => item.GetProperty("body").GetString()!.Contains(trackingNumber)),
            Patience, "the office's inbox item");
        var item = inbox.GetProperty("items").EnumerateArray().First(i => i.GetProperty("body").GetString()!.Contains(trackingNumber));
        Assert.True(item.GetProperty("urgent").GetBoolean());
        Assert.StartsWith("【重大问题】", item.GetProperty("title").GetString());

        var summary = await Eventually.WaitForAsync(
            () => platform.Accounts.SendOkAsync(HttpMethod.Get, "/api/reports/issues/summary?groupBy=category", office),
            body => body.GetProperty("groups").EnumerateArray().Any(g => g.GetProperty("key").GetString() == "window-service"),
            Patience, "the statistics");
        var windowService = summary.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("key").GetString() == "window-service");
        Assert.True(windowService.GetProperty("major").GetInt32() >= 1);
    }

    [Fact]
    public async Task ReportingAnIssue_WithBadFields_Returns400ListingEachField()
    {
        var office = await platform.Accounts.TokenAsync("office");
        var response = await platform.Accounts.SendAsync(HttpMethod.Post, "/api/ticketing/issues", office, new { title = "", category = "nonsense", channel = "web" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("description", out _));
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(errors.TryGetProperty("source", out _), "the office must say where a complaint came from");
    }

    [Fact]
    public async Task ReportingAnIssue_WithMalformedJson_Returns400Problem()
    {
        var office = await platform.Accounts.TokenAsync("office");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ticketing/issues")
        {
            Content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", office);
        var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PublicContact_IsServedWithoutSignIn()
    {
        var contact = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/public/contact");

        Assert.Equal("0871-67802885", contact.GetProperty("hotline").GetString());
    }
}
