using System.Net;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>R6, R7, D1–D4 through the gateway: duties, meetings, tasks, awards, and the personal file that gathers them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RosterDutiesTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HalfYearWork_SubmittedOnce_ShowsAsSubmitted_AndTheOfficeAdoptsTheSuggestion()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        // Appointed two months ago, so the current half-year is owed whatever day the test runs.
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var supervisor = await accounts.AppointSupervisorAsync("冯二", today.AddDays(-60));
        var period = $"{today.Year}-H{(today.Month <= 6 ? 1 : 2)}";

        var before = await accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/duties/half-years/{period}", supervisor.Token);
        Assert.Equal("due", Assert.Single(before.GetProperty("supervisors").EnumerateArray()).GetProperty("status").GetString());

        var submission = await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/duties/half-years/{period}/submissions", supervisor.Token, new
        {
            ledger = "本半年走访企业 12 家，宣传优化营商环境政策 3 场。",
            suggestionTitle = "关于压缩工程建设项目审批时限的建议",
            suggestion = "建议推行并联审批……",
        });
        Assert.Equal("submitted", submission.GetProperty("status").GetString());
        var again = await accounts.SendAsync(HttpMethod.Post, $"/api/roster/duties/half-years/{period}/submissions", supervisor.Token,
            new { ledger = "再次", suggestionTitle = "再次", suggestion = "再次" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var id = submission.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/duties/half-years/{period}/submissions/{id}/adopt", office, new { note = "已转发改局研究" });

        var all = await accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/duties/half-years/{period}", office);
        var row = all.GetProperty("supervisors").EnumerateArray().Single(r => r.GetProperty("supervisorId").GetGuid() == supervisor.Id);
        Assert.Equal("submitted", row.GetProperty("status").GetString());
        Assert.True(row.GetProperty("suggestionAdopted").GetBoolean());
    }

    [Fact]
    public async Task PersonalFile_GathersIssuesMeetingsTasksAndAwards_AndTheRankingCountsThem()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("陈三");
        var colleague = await accounts.AppointSupervisorAsync("褚四");

        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "政策兑现慢", description = "稳岗补贴申请半年未兑现。", category = "policy-implementation", channel = "letter",
        });
        var meeting = await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/meetings", office, new
        {
            kind = "symposium", title = "年度义务监督员座谈会", startsAt = DateTimeOffset.UtcNow.AddDays(3), place = "区政务服务中心三楼",
            invitedSupervisorIds = new[] { supervisor.Id, colleague.Id },
        });
        var uninvited = await accounts.SendAsync(HttpMethod.Post, $"/api/roster/meetings/{meeting.GetProperty("id").GetGuid()}/attendance", office,
            new { supervisorIds = new[] { supervisor.Id, Guid.NewGuid() } });
        Assert.Equal(HttpStatusCode.BadRequest, uninvited.StatusCode);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/meetings/{meeting.GetProperty("id").GetGuid()}/attendance", office,
            new { supervisorIds = new[] { supervisor.Id } });
        var task = await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/tasks", office, new
        {
            kind = "mystery-visit", title = "政务大厅明察暗访", description = "暗访不动产登记窗口", assignedSupervisorIds = new[] { supervisor.Id },
        });
        var taskId = task.GetProperty("id").GetGuid();
        var notAssigned = await accounts.SendAsync(HttpMethod.Post, $"/api/roster/tasks/{taskId}/result", colleague.Token, new { result = "冒充" });
        Assert.Equal(HttpStatusCode.NotFound, notAssigned.StatusCode);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/tasks/{taskId}/result", supervisor.Token, new { result = "窗口人员在岗，办理规范。" });
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/awards", office, new { year, supervisorId = supervisor.Id, title = "优秀义务监督员" });

        // Reporting's award ranking hears of the report, the task and the attendance through events.
        var meetingYear = meeting.GetProperty("startsAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).Year;
        var ranking = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, $"/api/reports/awards/ranking?year={year}", office),
            r => r.GetProperty("entries").EnumerateArray().Any(e => e.GetProperty("supervisorId").GetGuid() == supervisor.Id
                && e.GetProperty("tasksReported").GetInt32() == 1 && e.GetProperty("issuesReported").GetInt32() == 1
                && e.GetProperty("meetingsAttended").GetInt32() == (meetingYear == year ? 1 : 0)),
            Patience, "the supervisor in reporting's award ranking");
        Assert.DoesNotContain(ranking.GetProperty("entries").EnumerateArray(), e => e.GetProperty("supervisorId").GetGuid() == colleague.Id);

        // The issue reaches the file through ticketing's event.
        var file = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/supervisors/{supervisor.Id}/file", supervisor.Token),
            f => f.GetProperty("issues").GetArrayLength() == 1, Patience, "the reported issue in the personal file");
        Assert.Equal(issue.GetProperty("trackingNumber").GetString(), file.GetProperty("issues")[0].GetProperty("trackingNumber").GetString());
        Assert.True(file.GetProperty("meetings")[0].GetProperty("attended").GetBoolean());
        Assert.Equal("窗口人员在岗，办理规范。", file.GetProperty("tasks")[0].GetProperty("result").GetString());
        Assert.Equal("优秀义务监督员", file.GetProperty("awards")[0].GetProperty("title").GetString());
        var othersFile = await accounts.SendAsync(HttpMethod.Get, $"/api/roster/supervisors/{supervisor.Id}/file", colleague.Token);
        Assert.Equal(HttpStatusCode.NotFound, othersFile.StatusCode);

        var awards = await accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/awards?year={year}", office);
        var ranked = awards.GetProperty("ranking").EnumerateArray().ToList();
        var mine = ranked.Single(c => c.GetProperty("record").GetProperty("supervisorId").GetGuid() == supervisor.Id);
        var theirs = ranked.Single(c => c.GetProperty("record").GetProperty("supervisorId").GetGuid() == colleague.Id);
        Assert.True(mine.GetProperty("score").GetInt32() > theirs.GetProperty("score").GetInt32());
        Assert.True(mine.GetProperty("rank").GetInt32() < theirs.GetProperty("rank").GetInt32());
        Assert.True(mine.GetProperty("awarded").GetBoolean());
    }

    [Fact]
    public async Task Meetings_WarnWhenAYearHasNoSymposium()
    {
        var office = await platform.Accounts.TokenAsync("office");
        // A past year: the rule counts symposiums held, and warns about the current year only from October.
        var year = await platform.Accounts.SendOkAsync(HttpMethod.Get, "/api/roster/meetings?year=2021", office);

        Assert.False(year.GetProperty("symposiumScheduled").GetBoolean());
        Assert.False(year.GetProperty("symposiumHeld").GetBoolean());
        Assert.Contains("座谈会", year.GetProperty("warning").GetString());
    }
}
