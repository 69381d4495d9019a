using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Roster.Tests;

/// <summary>Issue 16: roster aggregates carry a row version, and a change only in an owned part (a file's actions, kept as JSON)
/// still checks it, so two officers recording on one file at once cannot overwrite each other's record.</summary>
[Collection(RosterCollection.Name)]
public sealed class RosterConcurrencyTests(RosterInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);

    [Fact]
    public async Task TwoActionsRecordedOnOneFileAtOnce_TheSecondSaveLoses_AndTheFirstActionIsKept()
    {
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, District);
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("rosterrace"), start);
        var supervisor = Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "李四", "federation-commerce", "enterprise", true, null,
            $"JN-2025-{Random.Shared.Next(1000, 9999)}", new DateOnly(2025, 5, 1));
        await host.WriteAsync(db => { db.Supervisors.Add(supervisor); return Task.CompletedTask; });

        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<RosterDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<RosterDbContext>();
        var firstCopy = await firstDb.Supervisors.SingleAsync(s => s.Id == supervisor.Id);
        var secondCopy = await secondDb.Supervisors.SingleAsync(s => s.Id == supervisor.Id);
        var now = host.Clock.GetUtcNow();
        var today = new DateOnly(2026, 3, 2);

        // A criticism leaves the status as it was: only the actions (an owned collection) change.
        firstCopy.Record(SupervisorActionKind.Criticism, SupervisorReason.DisciplineViolation, "第一次", today, "office.a", now);
        secondCopy.Record(SupervisorActionKind.ReminderTalk, SupervisorReason.DisciplineViolation, "第二次", today, "office.b", now);
        await firstDb.SaveEntitiesAsync(first.ServiceProvider.GetRequiredService<IOutbox>(), CancellationToken.None);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            secondDb.SaveEntitiesAsync(second.ServiceProvider.GetRequiredService<IOutbox>(), CancellationToken.None));

        var stored = await host.QueryAsync(db => db.Supervisors.AsNoTracking().SingleAsync(s => s.Id == supervisor.Id));
        Assert.Equal(["第一次"], stored.Actions.Select(a => a.Note));
        Assert.Single(await host.OutboxBodiesAsync<Jinning.Contracts.V1.SupervisorActionRecorded>());
    }
}
