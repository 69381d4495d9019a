using System.Diagnostics.Metrics;
using Jinning.Notification.Deliveries;
using Jinning.ServiceDefaults;

namespace Jinning.Notification.Telemetry;

/// <summary>
/// The <c>Jinning.Notification</c> meter, read from <see cref="DeliveryFigureRefresher"/>'s cached figures. The deliveries by
/// channel and outcome are an up-down counter, not a monotonic one: a dead delivery the office retries goes back to pending.
/// </summary>
public static class NotificationMetrics
{
    public const string MeterName = "Jinning.Notification";

    public static IHostApplicationBuilder AddNotificationMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DeliveryFigureRefresher>();
        builder.Services.AddSingleton<Instruments>();
        builder.Services.AddHostedService(services =>
        {
            // The instruments exist from start-up, so the dashboard lists them before the first scrape.
            services.GetRequiredService<Instruments>();
            return services.GetRequiredService<DeliveryFigureRefresher>();
        });
        return builder;
    }

    public sealed class Instruments
    {
        public Instruments(IMeterFactory meters, DeliveryFigureRefresher refresher)
        {
            var meter = meters.Create(MeterName);
            meter.CreateObservableUpDownCounter("jinning.notification.deliveries", () => refresher.Current is { } figures
                    ? figures.Counts.Select(c => new Measurement<int>(c.Value,
                        new KeyValuePair<string, object?>("channel", KebabEnum.Format(c.Key.Channel)),
                        new KeyValuePair<string, object?>("outcome", KebabEnum.Format(c.Key.Status))))
                    : [],
                unit: "{delivery}", description: "Deliveries (e-mail, webhook) per channel and outcome: pending, sent or dead");
            meter.CreateObservableGauge("jinning.notification.deliveries.dead",
                () => refresher.Current is { } figures ? [new Measurement<int>(figures.Dead)] : Array.Empty<Measurement<int>>(),
                unit: "{delivery}", description: "Deliveries given up after the last attempt, waiting for the office to retry them");
        }
    }
}
