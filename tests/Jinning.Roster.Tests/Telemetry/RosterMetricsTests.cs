using System.Diagnostics.Metrics;
using System.Reflection;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;
using Jinning.Roster.Duties;
using Jinning.Roster.Supervisors;
using Jinning.Roster.Telemetry;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Jinning.Roster.Tests.Telemetry;

public sealed class RosterMetricsTests : IAsyncLifetime
{
    private readonly LocalPostgres _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();
    public Task DisposeAsync() => _postgres.DisposeAsync();

    private static Supervisor AppointedOn(string day, string certificate) => Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三",
        "united-front", "legal", false, null, certificate, DateOnly.Parse(day));

    [Fact]
    public async Task TermsEndingWithin30Days_AndHalfYearWorkOutstanding_AreCountedForTheCurrentPeriod()
    {
        // 10 December 2026 in district time: 21 days before 2026-H2 ends.
        var now = new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var database = _postgres.ConnectionString(InfrastructureFixture.NewDatabaseName("rostermetrics"));
        var logs = new LogCapture();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddMetrics()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(now.ToUniversalTime()))
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddDbContext<RosterDbContext>(options => options.UseNpgsql(database).UseSnakeCaseNamingConvention())
            .AddSingleton<RosterFigureRefresher>()
            .AddSingleton<RosterMetrics.Instruments>()
            .BuildServiceProvider();
        var submitted = AppointedOn("2026-02-01", "JN-2026-0003");
        var submissionId = Guid.NewGuid();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RosterDbContext>();
            await db.Database.MigrateAsync();
            db.Supervisors.AddRange(
                AppointedOn("2024-12-20", "JN-2024-0001"), // term ends 19 December: soon, and not serving on the period's last day
                Supervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), "张三", "united-front", "legal", false, null, "JN-2026-0002",
                    new DateOnly(2026, 1, 10), "hash", now.ToUniversalTime()), // owes 2026-H2, has not handed in
                submitted,
                AppointedOn("2026-12-05", "JN-2026-0004")); // appointed in the period's last 30 days: starts with the next one
            db.HalfYearSubmissions.Add(HalfYearSubmission.Submit(submissionId, new HalfYear(2026, 2), submitted.Id, "台账", "建议",
                "建议正文", now.ToUniversalTime()));
            await db.SaveEntitiesAsync(DispatchProxy.Create<IOutbox, DiscardingOutbox>(), CancellationToken.None);
        }
        services.GetRequiredService<RosterMetrics.Instruments>();
        var readings = new Dictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this provider's meter: other tests' hosts in the same process publish instruments of the same name.
            if (instrument.Meter.Name == RosterMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, services.GetRequiredService<IMeterFactory>()))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            var key = instrument.Name;
            foreach (var tag in tags) key += $" {tag.Key}={tag.Value}";
            readings[key] = value;
        });
        listener.Start();

        await services.GetRequiredService<RosterFigureRefresher>().RefreshAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.Equal(1, readings["jinning.roster.terms_ending period=2026-H2"]);
        Assert.Equal(1, readings["jinning.roster.half_year.outstanding period=2026-H2"]);
        Assert.Equal(21, readings["jinning.roster.half_year.days_left period=2026-H2"]);
        // Each change saved is logged once: by certificate number where the event has one, and nothing of the person.
        Assert.Single(logs.Messages, m => m.Contains(": SupervisorAppointed (certificate JN-2026-0002"));
        Assert.Single(logs.Messages, m => m.Contains($"HalfYearSubmission {submissionId}: HalfYearWorkSubmitted"));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("张三"));
    }
}

/// <summary>The appointments' events are not what this test is about: they go nowhere.</summary>
public class DiscardingOutbox : DispatchProxy
{
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => null;
}
