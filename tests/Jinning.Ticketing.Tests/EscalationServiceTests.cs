using System.Net.Http.Json;
using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;

namespace Jinning.Ticketing.Tests;

/// <summary>T4, T13 through the service: every missed deadline escalates one level, and the public level publishes a notice.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class EscalationServiceTests(TicketingInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);

    [Fact]
    public async Task EveryMissedDeadline_EscalatesOneLevel_AfterAnExtensionToo_AndThePublicLevelPublishesANoticeWithoutTheReporter()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District); // Monday
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("escalation"), start);
        var reporter = Guid.NewGuid();
        var department = TicketingHost.Department("housing-construction");
        var reported = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Supervisor(reporter), new
        {
            title = "施工许可拖延（某建材公司）", description = "某建材公司施工许可申请材料齐全，三个月未批。", category = "administrative-approval", channel = "web",
        });
        var id = reported.GetProperty("id").GetGuid();
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", TicketingHost.Office, new
        {
            kind = "transfer", departmentCode = "housing-construction", deadline = new DateTimeOffset(2026, 11, 4, 23, 59, 59, District),
        });
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", department);

        // First miss: office supervision, five working days after 5 November: 6, 9, 10, 11, 12 November.
        await host.AdvanceAndTickAsync(new DateTimeOffset(2026, 11, 5, 0, 10, 0, District) - start);
        var first = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Office);
        Assert.Equal(("supervise", "office", 1), (first.GetProperty("dispatchKind").GetString(),
        first.GetProperty("supervisionLevel").GetString(),
            first.GetProperty("escalations").GetInt32()));
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 23, 59, 59, District), first.GetProperty("deadline").GetDateTimeOffset());

        // The department asks for, and gets, an extension of the supervision deadline, then misses that too.
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/extension", department,
            new { until = new DateTimeOffset(2026, 11, 16, 23, 59, 59, District), reason = "需会同自然资源局现场核查" });
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/extension/decision", TicketingHost.Office, new { granted = true });
        await host.AdvanceAndTickAsync(new DateTimeOffset(2026, 11, 13, 9, 0, 0, District) - host.Clock.GetUtcNow());
        Assert.Single(await host.OutboxBodiesAsync<IssueOverdue>());
        Assert.Empty(await host.OutboxBodiesAsync<PublicNoticePublished>());

        await host.AdvanceAndTickAsync(new DateTimeOffset(2026, 11, 17, 0, 10, 0, District) - host.Clock.GetUtcNow());
        var second = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Office);
        Assert.Equal(("leadership", 2), (second.GetProperty("supervisionLevel").GetString(), second.GetProperty("escalations").GetInt32()));
        Assert.Empty(await host.OutboxBodiesAsync<PublicNoticePublished>());
        var notices = await host.Http.GetFromJsonAsync<JsonElement>("/api/public/notices");
        Assert.Equal(0, notices.GetProperty("total").GetInt32());

        // Leadership's deadline (five working days after 17 November: 24 November) is missed as well: the public-notice level, and a
        // notice.
        await host.AdvanceAndTickAsync(new DateTimeOffset(2026, 11, 25, 0, 10, 0, District) - host.Clock.GetUtcNow());
        var third = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Office);
        Assert.Equal(("public-notice", 3), (third.GetProperty("supervisionLevel").GetString(),
            third.GetProperty("escalations").GetInt32()));
        var overdue = (await host.OutboxBodiesAsync<IssueOverdue>()).Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.Equal(["office", "leadership", "public-notice"], overdue.Select(o => o.GetProperty("supervisionLevel").GetString()));

        var response = await host.Http.GetAsync("/api/public/notices");
        var text = await response.Content.ReadAsStringAsync();
        var notice = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("housing-construction", "区住房和城乡建设局", "administrative-approval"), (notice.GetProperty("departmentCode").GetString(),
            notice.GetProperty("departmentName").GetString(), notice.GetProperty("category").GetString()));
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 23, 59, 59, District), notice.GetProperty("firstMissedDeadline").GetDateTimeOffset());
        // Whole working days from 5 to 24 November: 14; whole days since the first deadline: 20.
        Assert.Equal((14, 20), (notice.GetProperty("lateWorkingDays").GetInt32(), notice.GetProperty("lateDays").GetInt32()));
        Assert.Contains("区住房和城乡建设局", notice.GetProperty("text").GetString());
        Assert.DoesNotContain(reporter.ToString(), text);
        Assert.DoesNotContain("建材公司", text);
        Assert.DoesNotContain("reporter", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(id.ToString(), text);
        var published = JsonDocument.Parse(Assert.Single(await host.OutboxBodiesAsync<PublicNoticePublished>())).RootElement;
        Assert.Equal("housing-construction", published.GetProperty("departmentCode").GetString());
    }
}
