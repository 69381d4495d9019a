using System.Net;
using System.Text.Json;
using Jinning.Testing;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Tests;

/// <summary>What the console's office board and dispatch dialog ask of the service: issues sorted by deadline, and the default
/// deadlines shown before a dispatch is sent.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class BoardAndDeadlinePreviewServiceTests(TicketingInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);

    private static Issue Reported(string title, DateTimeOffset at) => Issue.Report(Guid.NewGuid(), $"WT-{Guid.NewGuid():N}"[..20], title,
        "描述", IssueCategory.WindowService, IssueChannel.Web, IssueSource.Supervisor, null, null, false, Guid.NewGuid(), at.ToUniversalTime());

    private static Issue Dispatched(string title, DateTimeOffset at, int daysToDeadline)
    {
        var issue = Reported(title, at);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", at.ToUniversalTime().AddDays(daysToDeadline)), at.ToUniversalTime());
        return issue;
    }

    [Fact]
    public async Task DefaultDeadlines_BeforeNationalDay_AreThoseADispatchWithoutDeadlineGets()
    {
        var start = new DateTimeOffset(2026, 9, 29, 10, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("preview"), start);
        var issue = Reported("审批窗口推诿", start);
        await host.SeedAsync(db => db.CalendarYears.Add(TicketingHost.NationalDay2026()), issue);

        var preview = await host.OkAsync(HttpMethod.Get, "/api/ticketing/dispatch/default-deadlines", TicketingHost.Office);
        var kinds = preview.GetProperty("kinds").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
        Assert.Equal(["transfer", "assign", "supervise"], kinds.Keys);
        Assert.Equal([15, 10, 5], kinds.Values.Select(k => k.GetProperty("workingDays").GetInt32()));
        // 30 September, the 1–7 October holidays skipped, then 8, 9, 10 (a make-up Saturday) and 12 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 23, 59, 59, District), kinds["supervise"].GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 23, 59, 59, District), preview.GetProperty("signForDeadline").GetDateTimeOffset());

        var dispatched = await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.Id}/dispatch", TicketingHost.Office,
            new { kind = "supervise", departmentCode = "taxation" });
        Assert.Equal(kinds["supervise"].GetProperty("deadline").GetDateTimeOffset(), dispatched.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(preview.GetProperty("signForDeadline").GetDateTimeOffset(), dispatched.GetProperty("signForDeadline").GetDateTimeOffset());

        var department = await host.SendAsync(HttpMethod.Get, "/api/ticketing/dispatch/default-deadlines", TicketingHost.Department("taxation"));
        Assert.Equal(HttpStatusCode.Forbidden, department.StatusCode);
    }

    [Fact]
    public async Task Issues_SortedByDeadline_NearestFirst_OrLatestFirst_WithoutDeadlineLast_AnUnknownSortIs400()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("sorted"), start);
        await host.SeedAsync(Dispatched("十天", start, 10), Reported("未转办", start.AddHours(1)), Dispatched("三天", start.AddHours(2), 3),
            Dispatched("二十天", start.AddHours(3), 20));

        async Task<string[]> TitlesAsync(string query) =>
            (await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues{query}", TicketingHost.Office)).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToArray();

        Assert.Equal(["二十天", "三天", "未转办", "十天"], await TitlesAsync(""));
        Assert.Equal(["三天", "十天", "二十天", "未转办"], await TitlesAsync("?sort=deadline"));
        Assert.Equal(["二十天", "十天", "三天", "未转办"], await TitlesAsync("?sort=-deadline"));
        Assert.Equal(["三天", "十天"], await TitlesAsync("?sort=deadline&pageSize=2"));

        var unknown = await host.SendAsync(HttpMethod.Get, "/api/ticketing/issues?sort=title", TicketingHost.Office);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("排序", problem.GetProperty("errors").GetProperty("sort")[0].GetString());
    }
}
