using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Roster.Supervisors;
using Jinning.Roster.Terms;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Roster.Tests;

/// <summary>
/// Drill 4 at service level (issue 16): two roster instances on one database tick through a year of fake-clock time. The
/// calendar's work is leased to one instance per pass and its messages have IDs from what fell due, so each term ends once,
/// each term warning goes once and each half-year reminder goes once.
/// </summary>
[Collection(RosterCollection.Name)]
public sealed class TwoSchedulersTests(RosterInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static Supervisor AppointedOn(DateOnly appointedOn) => Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三",
        "federation-commerce", "enterprise", true, null, $"JN-{appointedOn.Year}-{Random.Shared.Next(1000, 9999)}", appointedOn);

    [Fact]
    public async Task TwoInstances_OverASimulatedYear_EndEachTermOnce_AndSendEachWarningAndReminderOnce()
    {
        var database = InfrastructureFixture.NewDatabaseName("twoschedulers");
        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, District);
        var endsInMarch = AppointedOn(new DateOnly(2024, 3, 15));   // last day 2026-03-14: no half-year work owed in 2026
        var endsInJuly = AppointedOn(new DateOnly(2024, 7, 20));    // last day 2026-07-19: owes 2026H1
        var endsInNovember = AppointedOn(new DateOnly(2024, 12, 1)); // last day 2026-11-30: owes 2026H1
        var serving = AppointedOn(new DateOnly(2025, 5, 1));        // last day 2027-04-30: owes 2026H1 and 2026H2
        Supervisor[] ending = [endsInMarch, endsInJuly, endsInNovember];

        await using var first = new RosterHost(infrastructure, database, start);
        await WaitForTickAsync(first, start);
        await first.WriteAsync(db =>
        {
            db.Supervisors.AddRange([.. ending, serving]);
            return Task.CompletedTask;
        });
        await using var second = new RosterHost(infrastructure, database, start);
        await WaitForTickAsync(second, start);

        for (var day = 1; day <= 365; day++)
        {
            first.Clock.Advance(TimeSpan.FromDays(1));
            second.Clock.Advance(TimeSpan.FromDays(1));
            var now = first.Clock.GetUtcNow();
            await WaitForTickAsync(first, now);
            await WaitForTickAsync(second, now);
        }

        // Every day both instances ticked, and at least one of them held the lease and did the day's work.
        var statuses = new[] { first, second }.Select(h => h.Services.GetRequiredService<RosterSchedulerStatus>()).ToList();
        Assert.All(statuses, s => Assert.True(s.Reviews + s.Skipped >= 366, $"{s.Reviews} reviews, {s.Skipped} skipped"));
        Assert.True(statuses.Sum(s => s.Reviews) >= 366);

        var ended = SupervisorIds(await first.OutboxBodiesAsync<SupervisorTermEnded>());
        Assert.Equal(ending.Select(s => s.Id).Order(), ended.Order());
        var warnings = (await first.OutboxBodiesAsync<SupervisorTermEnding>()).Select(b => JsonDocument.Parse(b))
            .Select(d => (Id: d.RootElement.GetProperty("supervisorId").GetGuid(), d.RootElement.GetProperty("daysLeft").GetInt32()))
            .ToList();
        // Two warnings (60 and 30 days) for each term that ends within the year, none twice.
        Assert.Equal(warnings.Count, warnings.Distinct().Count());
        Assert.All(ending, s => Assert.Equal(2, warnings.Count(w => w.Id == s.Id)));
        Assert.DoesNotContain(warnings, w => w.Id == serving.Id);

        var reminders = (await first.OutboxBodiesAsync<HalfYearWorkDue>()).Select(b => JsonDocument.Parse(b))
            .Select(d => (Id: d.RootElement.GetProperty("supervisorId").GetGuid(), Period: d.RootElement.GetProperty("period").GetString()))
            .ToList();
        (Guid, string?)[] expected =
            [(endsInJuly.Id, "2026-H1"), (endsInNovember.Id, "2026-H1"), (serving.Id, "2026-H1"), (serving.Id, "2026-H2")];
        Assert.Equal(expected.OrderBy(r => r.Item2).ThenBy(r => r.Item1), reminders.OrderBy(r => r.Period).ThenBy(r => r.Id));
        var statuses2 = await first.QueryAsync(db => db.Supervisors.Select(s => new { s.Id, s.Status }).ToListAsync());
        Assert.All(ending, s => Assert.Equal(SupervisorStatus.TermEnded, statuses2.Single(x => x.Id == s.Id).Status));
        DrillReport.Write("4 replicas over a year", "two roster instances on one database tick 365 fake days",
            "each term ends once, each warning and reminder once",
            $"{statuses.Sum(s => s.Reviews)} reviews, {statuses.Sum(s => s.Skipped)} skipped; {ended.Count} terms ended, "
            + $"{warnings.Count} warnings, {reminders.Count} reminders, none twice", pass: true);
    }

    private static List<Guid> SupervisorIds(List<string> bodies) =>
        [.. bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("supervisorId").GetGuid())];

    private static Task WaitForTickAsync(RosterHost host, DateTimeOffset at)
    {
        var status = host.Services.GetRequiredService<RosterSchedulerStatus>();
        return Eventually.WaitForAsync(() => Task.FromResult(status.LastTickAt), last => last >= at, Patience, $"a roster tick at {at}");
    }
}
