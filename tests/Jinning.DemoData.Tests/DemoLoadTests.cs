using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Jinning.DemoData;
using Jinning.Testing;
using Xunit.Abstractions;

namespace Jinning.DemoData.Tests;

/// <summary>
/// <c>./run.sh --demo</c>'s loader against the whole platform, empty at the start, through the
/// gateway: what it promises a newcomer exists, the clock escalates the issues it left to run out,
/// and a second run changes nothing.
/// </summary>
[Collection(DemoPlatformCollection.Name)]
public sealed class DemoLoadTests(DemoPlatformFixture platform, ITestOutputHelper output)
{
    /// <summary>The shortest deadline the demo can count on: still in the future when the dispatch arrives.</summary>
    private static readonly TimeSpan DueSoon = TimeSpan.FromSeconds(15);

    private static readonly string[] NominatingUnits =
    [
        "united-front", "government-office", "commerce-investment", "federation-commerce", "gudian-committee", "industrial-park",
        "business-environment-office",
    ];

    private static readonly string[] IssueStatuses =
    [
        "registered", "researching", "dispatched", "signed-for", "in-progress", "waiting-for-material", "returned", "rectified",
        "reviewed", "feedback-given", "reopened", "closed", "merged",
    ];

    [Fact]
    public async Task Demo_OnAnEmptyPlatform_FillsEveryStage_EscalatesWhatRunsOut_AndLoadsOnlyOnce()
    {
        var log = new StringWriter();
        var options = DemoOptions.Default with { DueSoonAfter = DueSoon, HealthWait = TimeSpan.FromMinutes(1), Verbose = true };
        var watch = Stopwatch.StartNew();
        var first = await new DemoLoader(platform.Gateway, options, log, TimeProvider.System).RunAsync(CancellationToken.None);
        output.WriteLine($"Loaded in {watch.Elapsed.TotalSeconds:0.0} s:\n{log}");
        Assert.True(first.Loaded, log.ToString());

        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");

        // Supervisors serving from every nominating unit, and nominations left at every earlier stage.
        // Filtered here: the roster's ?status= takes only the C# names (Active), not the API's kebab case.
        var supervisors = await accounts.SendOkAsync(HttpMethod.Get, "/api/roster/supervisors?pageSize=100", office);
        var units = supervisors.GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("status").GetString() == "active")
            .GroupBy(s => s.GetProperty("nominatingUnit").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.All(NominatingUnits, unit => Assert.True(units.GetValueOrDefault(unit) >= 3, $"{unit}: {units.GetValueOrDefault(unit)}"));
        var nominations = await accounts.SendOkAsync(HttpMethod.Get, "/api/roster/nominations?pageSize=100", office);
        var stages = nominations.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "nominated", "vetted", "approved", "disqualified", "rejected", "appointed" }, stages);

        // Issues in every status, and the particular cases the demo promises.
        foreach (var status in IssueStatuses)
        {
            Assert.True(await CountAsync($"status={status}") > 0, $"no issue is {status}");
        }
        var openIssues = await accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/issues?state=open&pageSize=100", office);
        var open = openIssues.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(open, i => i.GetProperty("extension").ToString() == "requested");
        Assert.Contains(open, i => i.GetProperty("coHandlers").GetArrayLength() > 0);
        Assert.Contains(open, i => i.GetProperty("source").GetString() == "hotline");
        Assert.Contains(open, i => i.GetProperty("source").GetString() == "mailbox");
        Assert.Contains(open, i => i.GetProperty("source").GetString() == "public-web");
        Assert.True(await CountAsync("category=retaliation") > 0, "no retaliation report");
        var cases = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/public/cases");
        Assert.True(cases.GetProperty("total").GetInt32() > 0, "no exposed typical case");

        // Half-year work handed in this half-year, some of it adopted.
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var period = $"{today.Year}-H{(today.Month <= 6 ? 1 : 2)}";
        var duties = await accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/duties/half-years/{period}", office);
        Assert.True(duties.GetProperty("submitted").GetInt32() >= 10, duties.ToString());
        Assert.Contains(duties.GetProperty("supervisors").EnumerateArray(), row => row.GetProperty("suggestionAdopted").GetBoolean());

        // A second run finds the platform in use and creates nothing.
        var issuesBefore = await CountAsync("");
        var nominationsBefore = nominations.GetProperty("total").GetInt32();
        var secondLog = new StringWriter();
        var second = await new DemoLoader(platform.Gateway, options, secondLog, TimeProvider.System).RunAsync(CancellationToken.None);
        Assert.False(second.Loaded, secondLog.ToString());
        Assert.Equal(issuesBefore, await CountAsync(""));
        var nominationsAfter = await accounts.SendOkAsync(HttpMethod.Get, "/api/roster/nominations?pageSize=1", office);
        Assert.Equal(nominationsBefore, nominationsAfter.GetProperty("total").GetInt32());

        // The issues left to run out become overdue and escalate to supervision by themselves.
        var dueSoon = first.DueSoon;
        Assert.NotEmpty(dueSoon);
        await Eventually.WaitForAsync(() => CountAsync("overdue=true"), overdue => overdue >= dueSoon.Count, TimeSpan.FromSeconds(60),
            "the clock to find the demo's short deadlines overdue");
        foreach (var issue in dueSoon)
        {
            var escalated = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{issue.Id}", office);
            Assert.Equal("supervise", escalated.GetProperty("dispatchKind").GetString());
        }
        output.WriteLine($"Whole test {watch.Elapsed.TotalSeconds:0.0} s");

        async Task<int> CountAsync(string query)
        {
            var page = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues?pageSize=1&{query}", office);
            return page.GetProperty("total").GetInt32();
        }
    }
}
