using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Roster.Supervisors;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Tests;

public sealed class RosterInfrastructure : InfrastructureFixture;

[CollectionDefinition(Name)]
public sealed class RosterCollection : ICollectionFixture<RosterInfrastructure>
{
    public const string Name = "roster-infrastructure";
}

/// <summary>R4: terms end by themselves, warnings go 60 and 30 days before, and a late start catches up.</summary>
[Collection(RosterCollection.Name)]
public sealed class TermSchedulerTests(RosterInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static Supervisor SupervisorAppointedOn(DateOnly appointedOn) => Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三",
        "federation-commerce", "enterprise", true, null, $"JN-{appointedOn.Year}-{Random.Shared.Next(1000, 9999)}", appointedOn);

    [Fact]
    public async Task Term_WarnsAt60And30Days_AndEndsTheDayAfterItsLastDay_WithNoRequestMade()
    {
        var appointedOn = new DateOnly(2024, 12, 1);
        var supervisor = SupervisorAppointedOn(appointedOn); // last day 2026-11-30
        // Start 62 days before the end: nothing is due yet.
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("terms"),
            new DateTimeOffset(2026, 9, 29, 9, 0, 0, District));
        await host.WriteAsync(db => { db.Supervisors.Add(supervisor); return Task.CompletedTask; });

        await host.AdvanceAndTickAsync(TimeSpan.FromDays(1)); // 2026-09-30: 61 days left
        Assert.Empty(await host.OutboxBodiesAsync<SupervisorTermEnding>());

        host.Clock.Advance(TimeSpan.FromDays(1)); // 2026-10-01: 60 days left
        var warnings = await Eventually.WaitForAsync(host.OutboxBodiesAsync<SupervisorTermEnding>, bodies => bodies.Count >= 1, Patience, "the 60-day warning");
        Assert.Equal(60, DaysLeft(warnings[0]));

        host.Clock.Advance(TimeSpan.FromDays(30)); // 2026-10-31: 30 days left
        warnings = await Eventually.WaitForAsync(host.OutboxBodiesAsync<SupervisorTermEnding>, bodies => bodies.Count >= 2, Patience, "the 30-day warning");
        Assert.Equal(30, DaysLeft(warnings[1]));

        await host.AdvanceAndTickAsync(TimeSpan.FromDays(30)); // 2026-11-30: the last day, still serving
        Assert.Empty(await host.OutboxBodiesAsync<SupervisorTermEnded>());
        Assert.Equal(SupervisorStatus.Active, await StatusAsync(host, supervisor.Id));

        host.Clock.Advance(TimeSpan.FromDays(1)); // 2026-12-01
        var ended = await Eventually.WaitForAsync(host.OutboxBodiesAsync<SupervisorTermEnded>, bodies => bodies.Count == 1, Patience, "the term to end");
        Assert.Equal(supervisor.Id, JsonDocument.Parse(ended[0]).RootElement.GetProperty("supervisorId").GetGuid());
        Assert.Equal(SupervisorStatus.TermEnded, await StatusAsync(host, supervisor.Id));
        Assert.Equal(2, (await host.OutboxBodiesAsync<SupervisorTermEnding>()).Count);
    }

    [Fact]
    public async Task Service_StartedAfterTheEndDate_EndsTheTermOnStart()
    {
        var database = InfrastructureFixture.NewDatabaseName("late");
        var supervisor = SupervisorAppointedOn(new DateOnly(2024, 12, 1));
        await using (var before = new RosterHost(infrastructure, database, new DateTimeOffset(2025, 1, 1, 9, 0, 0, District)))
        {
            await before.WriteAsync(db => { db.Supervisors.Add(supervisor); return Task.CompletedTask; });
        }

        // The service was down across the end date and comes back a week later.
        await using var after = new RosterHost(infrastructure, database, new DateTimeOffset(2026, 12, 8, 9, 0, 0, District));
        _ = after.Services;

        await Eventually.WaitForAsync(after.OutboxBodiesAsync<SupervisorTermEnded>, bodies => bodies.Count == 1, Patience, "the term to end on start");
        Assert.Equal(SupervisorStatus.TermEnded, await StatusAsync(after, supervisor.Id));
    }

    private static Task<SupervisorStatus> StatusAsync(RosterHost host, Guid id) =>
        host.QueryAsync(db => db.Supervisors.Where(s => s.Id == id).Select(s => s.Status).SingleAsync());

    private static int DaysLeft(string body) => JsonDocument.Parse(body).RootElement.GetProperty("daysLeft").GetInt32();
}

/// <summary>D1: the "work due" reminder goes once, a set time before the half-year ends, only to those who owe it.</summary>
[Collection(RosterCollection.Name)]
public sealed class HalfYearReminderTests(RosterInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);

    [Fact]
    public async Task WorkDueReminder_GoesOnceFifteenDaysBeforeTheEnd_ToThoseWhoOweIt()
    {
        var owing = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "甲", "united-front", "legal", false, null, "JN-2026-0101", new DateOnly(2026, 3, 1));
        var newcomer = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "乙", "united-front", "legal", false, null, "JN-2026-0102", new DateOnly(2026, 12, 10));
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("duties"),
            new DateTimeOffset(2026, 12, 10, 9, 0, 0, District));
        await host.WriteAsync(db => { db.Supervisors.AddRange(owing, newcomer); return Task.CompletedTask; });

        await host.AdvanceAndTickAsync(TimeSpan.FromDays(5)); // 2026-12-15: not yet 15 days before the end
        Assert.Empty(await host.OutboxBodiesAsync<HalfYearWorkDue>());

        host.Clock.Advance(TimeSpan.FromDays(1)); // 2026-12-16: 15 days before 2026-12-31
        var reminders = await Eventually.WaitForAsync(host.OutboxBodiesAsync<HalfYearWorkDue>, bodies => bodies.Count >= 1, TimeSpan.FromSeconds(30), "the reminder");
        await host.AdvanceAndTickAsync(TimeSpan.FromDays(1));

        reminders = await host.OutboxBodiesAsync<HalfYearWorkDue>();
        var reminder = Assert.Single(reminders);
        var body = JsonDocument.Parse(reminder).RootElement;
        Assert.Equal(owing.Id, body.GetProperty("supervisorId").GetGuid());
        Assert.Equal("2026-H2", body.GetProperty("period").GetString());
    }
}
