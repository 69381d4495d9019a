using System.Diagnostics.Metrics;
using Jinning.Notification.Data;
using Jinning.Notification.Deliveries;
using Jinning.Notification.Telemetry;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jinning.Notification.Tests.Telemetry;

public sealed class DeliveryMetricsTests : IAsyncLifetime
{
    private readonly LocalPostgres _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();
    public Task DisposeAsync() => _postgres.DisposeAsync();

    private static Delivery NewDelivery(DeliveryChannel channel, DeliveryStatus status) => new()
    {
        Id = Guid.NewGuid(), EventId = Guid.NewGuid(), EventType = "IssueTransferred", Recipient = "dept.taxation", Channel = channel,
        Target = channel == DeliveryChannel.Email ? "taxation@example.org" : Guid.NewGuid().ToString(),
        Subject = "新问题", Body = "正文",
        Status = status, CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Deliveries_AreCountedByChannelAndOutcome_AndDeadOnesOnTheirOwnGauge()
    {
        var database = _postgres.ConnectionString(InfrastructureFixture.NewDatabaseName("deliveries"));
        var services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddDbContext<NotificationDbContext>(options => options
                .UseNpgsql(database).UseSnakeCaseNamingConvention())
            .AddSingleton<DeliveryFigureRefresher>()
            .AddSingleton<NotificationMetrics.Instruments>()
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            await db.Database.MigrateAsync();
            db.Deliveries.AddRange(
                NewDelivery(DeliveryChannel.Email, DeliveryStatus.Sent), NewDelivery(DeliveryChannel.Email, DeliveryStatus.Sent),
                NewDelivery(DeliveryChannel.Email, DeliveryStatus.Dead), NewDelivery(DeliveryChannel.Webhook, DeliveryStatus.Sent),
                NewDelivery(DeliveryChannel.Webhook, DeliveryStatus.Dead), NewDelivery(DeliveryChannel.Webhook, DeliveryStatus.Dead),
                NewDelivery(DeliveryChannel.Webhook, DeliveryStatus.Pending));
            await db.SaveChangesAsync();
        }
        services.GetRequiredService<NotificationMetrics.Instruments>();
        var readings = new Dictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this provider's meter: other tests' hosts in the same process publish instruments of the same name.
            if (instrument.Meter.Name == NotificationMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, services.GetRequiredService<IMeterFactory>()))
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

        listener.RecordObservableInstruments();
        Assert.Empty(readings);
        await services.GetRequiredService<DeliveryFigureRefresher>().RefreshAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.Equal(2, readings["jinning.notification.deliveries channel=email outcome=sent"]);
        Assert.Equal(1, readings["jinning.notification.deliveries channel=email outcome=dead"]);
        Assert.Equal(1, readings["jinning.notification.deliveries channel=webhook outcome=sent"]);
        Assert.Equal(2, readings["jinning.notification.deliveries channel=webhook outcome=dead"]);
        Assert.Equal(1, readings["jinning.notification.deliveries channel=webhook outcome=pending"]);
        Assert.Equal(3, readings["jinning.notification.deliveries.dead"]);
    }
}
