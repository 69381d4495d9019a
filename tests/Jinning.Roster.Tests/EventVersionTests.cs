using System.Text.Json;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Tests;

/// <summary>Issue 16: a supervisor's and a nomination's contract events carry their aggregate's next version, 1, 2, 3….</summary>
[Collection(RosterCollection.Name)]
public sealed class EventVersionTests(RosterInfrastructure infrastructure)
{
    private static readonly DateTimeOffset District = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task ASupervisorsSuccessiveEvents_Carry1_2_3_AndSoDoANominations()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("versions"), District);
        var api = new RosterApi(host);
        var supervisor = await api.AppointAsync("甲", new DateOnly(2026, 11, 20));
        await api.PostOkAsync(RosterApi.Office, $"/api/roster/supervisors/{supervisor.Id}/actions",
            new { kind = "criticism", reasonCode = "discipline-violation", note = "未按时参加会议" });
        await api.PostOkAsync(RosterApi.Office, $"/api/roster/supervisors/{supervisor.Id}/actions",
            new { kind = "dismissal", reasonCode = "illegal-activity", note = "经查实从事违法活动" });

        var events = await host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Sequence).Select(m => new { m.MessageType, m.Body })
            .ToListAsync());
        var parsed = events.Select(e => (Type: e.MessageType.Split('.')[^1], Body: JsonDocument.Parse(e.Body).RootElement)).ToList();
        var aboutSupervisor = parsed.Where(e => e.Body.TryGetProperty("supervisorId", out var id) && id.GetGuid() == supervisor.Id
            && e.Body.TryGetProperty("version", out _)).OrderBy(e => e.Body.GetProperty("version").GetInt64()).ToList();
        // One save inserts its outbox rows in key order, not in the order they were raised: the version keeps that order.
        Assert.Equal(["SupervisorAppointed", "SupervisorActionRecorded", "SupervisorActionRecorded", "SupervisorDismissed"],
            aboutSupervisor.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L, 4L], aboutSupervisor.Select(e => e.Body.GetProperty("version").GetInt64()));

        var nomination = parsed.First(e => e.Type == "CandidateNominated").Body.GetProperty("nominationId").GetGuid();
        var aboutNomination = parsed.Where(e => e.Type is "CandidateNominated" or "NominationReviewed"
            && e.Body.GetProperty("nominationId").GetGuid() == nomination).OrderBy(e => e.Body.GetProperty("version").GetInt64()).ToList();
        Assert.Equal([1L, 2L, 3L], aboutNomination.Select(e => e.Body.GetProperty("version").GetInt64()));
    }
}
