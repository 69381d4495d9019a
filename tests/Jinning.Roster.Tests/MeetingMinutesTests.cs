using System.Net;
using Jinning.Roster.Duties;
using Jinning.Roster.Meetings;
using Jinning.Roster.Trainings;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>D2: meetings keep minutes and what supervisors reported; the symposium rule counts meetings held.</summary>
[Collection(RosterCollection.Name)]
public sealed class MeetingMinutesTests(RosterInfrastructure infrastructure)
{
    [Fact]
    public async Task Symposium_CountsOnceHeld_WithMinutesAndReports_OnTheReportersFile()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("minutes"),
            new DateTimeOffset(2026, 10, 12, 10, 0, 0, TimeSpan.FromHours(8)));
        var api = new RosterApi(host);
        var reporter = await api.AppointAsync("甲", new DateOnly(2026, 3, 1));
        var stranger = await api.AppointAsync("乙", new DateOnly(2026, 3, 1));
        var meeting = await api.PostOkAsync(RosterApi.Office, "/api/roster/meetings", new
        {
            kind = "symposium", title = "2026 年义务监督员工作座谈会", startsAt = "2026-10-15T09:00:00+08:00", place = "区政务服务中心",
            invitedSupervisorIds = new[] { reporter.Id },
        });
        var id = meeting.GetProperty("id").GetGuid();

        var scheduledOnly = await api.GetOkAsync(RosterApi.Office, "/api/roster/meetings?year=2026");
        Assert.True(scheduledOnly.GetProperty("symposiumScheduled").GetBoolean());
        Assert.False(scheduledOnly.GetProperty("symposiumHeld").GetBoolean());
        Assert.Contains("尚未登记召开", scheduledOnly.GetProperty("warning").GetString());

        var early = await host.PostAsync(RosterApi.Office, $"/api/roster/meetings/{id}/minutes",
            new { heldOn = "2026-10-15", minutes = "纪要" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode); // 2026-10-15 has not come yet
        host.Clock.Advance(TimeSpan.FromDays(4));
        var uninvited = await host.PostAsync(RosterApi.Office, $"/api/roster/meetings/{id}/minutes", new
        {
            heldOn = "2026-10-15", minutes = "纪要", reports = new[] { new { supervisorId = stranger.Id, summary = "未受邀" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, uninvited.StatusCode);

        var held = await api.PostOkAsync(RosterApi.Office, $"/api/roster/meetings/{id}/minutes", new
        {
            heldOn = "2026-10-15", minutes = "听取监督员履职情况汇报，研究下半年重点监督事项。",
            reports = new[] { new { supervisorId = reporter.Id, summary = "走访企业 12 家，反映审批问题 3 件。" } },
        });
        Assert.Equal("2026-10-15", held.GetProperty("heldOn").GetString());

        var year = await api.GetOkAsync(RosterApi.Office, "/api/roster/meetings?year=2026");
        Assert.True(year.GetProperty("symposiumHeld").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, year.GetProperty("warning").ValueKind);
        var file = await api.GetOkAsync(reporter.Token, $"/api/roster/supervisors/{reporter.Id}/file");
        Assert.Equal("走访企业 12 家，反映审批问题 3 件。", file.GetProperty("meetings")[0].GetProperty("report").GetString());
        var detail = await api.GetOkAsync(RosterApi.Office, $"/api/roster/meetings/{id}");
        Assert.Equal("听取监督员履职情况汇报，研究下半年重点监督事项。", detail.GetProperty("minutes").GetString());
    }
}

/// <summary>When the office is warned about a missing symposium (Art. 4.3) or training (Art. 8.2).</summary>
public sealed class DutyRuleTests
{
    [Theory]
    [InlineData(2026, "2026-09-30", false, false, false)] // before October: still time
    [InlineData(2026, "2026-10-01", false, false, true)]
    [InlineData(2026, "2026-10-01", false, true, true)] // scheduled is not held
    [InlineData(2026, "2026-12-31", true, true, false)]
    [InlineData(2025, "2026-03-01", false, false, true)] // a past year without one
    [InlineData(2027, "2026-12-31", false, false, false)] // a future year
    public void Symposium_WarnsFromOctober_WhenNoneWasHeld(int year, string today, bool held, bool scheduled, bool warns) =>
        Assert.Equal(warns, SymposiumRule.Warning(year, DateOnly.Parse(today), held, scheduled) is not null);

    [Theory]
    [InlineData("2026-H2", "2026-09-30", false, false)]
    [InlineData("2026-H2", "2026-10-01", false, true)]
    [InlineData("2026-H2", "2026-12-31", true, false)]
    [InlineData("2026-H1", "2026-04-01", false, true)]
    [InlineData("2026-H1", "2026-11-01", false, true)] // a past half-year without one
    [InlineData("2027-H1", "2026-12-31", false, false)]
    public void Training_WarnsFromThePeriodsFourthMonth_WhenNoneWasIssued(string period, string today, bool any, bool warns)
    {
        Assert.True(HalfYear.TryParse(period, out var half));
        Assert.Equal(warns, TrainingRule.Warning(half.Value, DateOnly.Parse(today), any) is not null);
    }
}
