using Jinning.Testing;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Tests;

/// <summary>The office's dashboard counts from the issue list: sign-for overdue (催签) and due on a given district day.</summary>
public sealed class DeskFilterTests(TicketingInfrastructure infrastructure) : IClassFixture<TicketingInfrastructure>
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);

    [Fact]
    public async Task IssueList_FiltersSignForOverdueAndDeadlinesFallingOnADistrictDay()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District); // Monday
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("desk"), now);
        var earlier = now.AddDays(-3).ToUniversalTime();
        var tomorrowMorning = new DateTimeOffset(2026, 11, 3, 0, 30, 0, District); // 2 November 16:30 UTC: tomorrow in Jinning
        var tomorrowNight = new DateTimeOffset(2026, 11, 3, 23, 59, 59, District);

        var unsigned = Dispatched("0001", tomorrowNight.AddDays(5), signForLimit: now.AddHours(-1), earlier);
        var dueTomorrow = Dispatched("0002", tomorrowMorning, signForLimit: now.AddHours(1), earlier);
        var signedDueTomorrow = Dispatched("0003", tomorrowNight, signForLimit: now.AddHours(-1), earlier);
        signedDueTomorrow.SignFor(earlier);
        var rectifiedDueTomorrow = Dispatched("0004", tomorrowNight, signForLimit: now.AddHours(-1), earlier);
        rectifiedDueTomorrow.SignFor(earlier);
        rectifiedDueTomorrow.Rectify("已整改", [], earlier);
        var dueToday = Dispatched("0005", new DateTimeOffset(2026, 11, 2, 23, 59, 59, District), signForLimit: now.AddHours(2), earlier);
        var registered = Issue.Report(Guid.NewGuid(), "WT-20261030-0006", "窗口态度差", "描述", IssueCategory.WindowService, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), earlier);
        await host.SeedAsync(unsigned, dueTomorrow, signedDueTomorrow, rectifiedDueTomorrow, dueToday, registered);

        Assert.Equal(["WT-20261030-0001"], await TrackingNumbersAsync(host, "signForOverdue=true"));
        Assert.Equal(["WT-20261030-0002", "WT-20261030-0005"],
            await TrackingNumbersAsync(host, "signForOverdue=false&departmentCode=finance&status=dispatched"));
        Assert.Equal(["WT-20261030-0002", "WT-20261030-0003"], await TrackingNumbersAsync(host, "dueOn=2026-11-03"));
        Assert.Equal(["WT-20261030-0005"], await TrackingNumbersAsync(host, "dueOn=2026-11-02&state=open"));
        Assert.Empty(await TrackingNumbersAsync(host, "dueOn=2026-11-03&signForOverdue=true"));
        Assert.Equal(["WT-20261030-0006"], await TrackingNumbersAsync(host, "awaiting=dispatch"));
        Assert.Equal(["WT-20261030-0004"], await TrackingNumbersAsync(host, "awaiting=feedback"));
        Assert.Empty(await TrackingNumbersAsync(host, "awaiting=confirmation"));

        var wrong = await host.SendAsync(HttpMethod.Get, "/api/ticketing/issues?dueOn=tomorrow", TicketingHost.Office);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, wrong.StatusCode);
        var unknownQueue = await host.SendAsync(HttpMethod.Get, "/api/ticketing/issues?awaiting=lunch", TicketingHost.Office);
        Assert.Contains("待办类别无效", await unknownQueue.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeskCounts_CountWhatTheFiltersList_WithoutLoggingAnyIdentityView()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("counts"), now);
        var earlier = now.AddDays(-3).ToUniversalTime();
        var unsigned = Dispatched("0001", now.AddDays(6), signForLimit: now.AddHours(-1), earlier);
        var dueTomorrow = Dispatched("0002", new DateTimeOffset(2026, 11, 3, 17, 0, 0, District), signForLimit: now.AddHours(1), earlier);
        var rectified = Dispatched("0003", now.AddDays(6), signForLimit: now.AddHours(1), earlier);
        rectified.SignFor(earlier);
        rectified.Rectify("已整改", [], earlier);
        var registered = Issue.Report(Guid.NewGuid(), "WT-20261030-0004", "窗口态度差", "描述", IssueCategory.WindowService, IssueChannel.Web,
            IssueSource.Supervisor, null, null, false, Guid.NewGuid(), earlier);
        await host.SeedAsync(unsigned, dueTomorrow, rectified, registered);

        var office = await host.OkAsync(HttpMethod.Get, "/api/ticketing/issues/counts", TicketingHost.Office);
        Assert.Equal(1, office.GetProperty("awaitingDispatch").GetInt32());
        Assert.Equal(1, office.GetProperty("signForOverdue").GetInt32());
        Assert.Equal("2026-11-03", office.GetProperty("tomorrow").GetString());
        Assert.Equal(1, office.GetProperty("dueTomorrow").GetInt32());
        Assert.Equal(0, office.GetProperty("overdue").GetInt32());
        Assert.Equal(1, office.GetProperty("awaitingFeedback").GetInt32());
        Assert.Equal(0, office.GetProperty("awaitingConfirmation").GetInt32());

        // A department counts only what it handles.
        var finance = await host.OkAsync(HttpMethod.Get, "/api/ticketing/issues/counts", TicketingHost.Department("finance"));
        Assert.Equal(0, finance.GetProperty("awaitingDispatch").GetInt32());
        Assert.Equal(1, finance.GetProperty("signForOverdue").GetInt32());
        var taxation = await host.OkAsync(HttpMethod.Get, "/api/ticketing/issues/counts", TicketingHost.Department("taxation"));
        Assert.Equal(0, taxation.GetProperty("dueTomorrow").GetInt32());

        Assert.Equal(0, await host.QueryAsync(db => db.ReporterIdentityViews.CountAsync()));
        var supervisor = await host.SendAsync(HttpMethod.Get, "/api/ticketing/issues/counts", TicketingHost.Supervisor(Guid.NewGuid()));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, supervisor.StatusCode);
    }

    private static Issue Dispatched(string number, DateTimeOffset deadline, DateTimeOffset signForLimit, DateTimeOffset at)
    {
        var issue = Issue.Report(Guid.NewGuid(), $"WT-20261030-{number}", "审批超时", "描述", IssueCategory.AdministrativeApproval,
            IssueChannel.Web, IssueSource.Supervisor, null, null, false, Guid.NewGuid(), at);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "finance", deadline, signForLimit), at);
        return issue;
    }

    private static async Task<List<string>> TrackingNumbersAsync(TicketingHost host, string filters)
    {
        var page = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues?pageSize=100&{filters}", TicketingHost.Office);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackingNumber").GetString()!).Order().ToList();
    }
}
