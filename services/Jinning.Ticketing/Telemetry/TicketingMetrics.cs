using System.Diagnostics.Metrics;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Telemetry;

/// <summary>The <c>Jinning.Ticketing</c> meter's issue gauges, read from <see cref="IssueFigureRefresher"/>'s cached figures.</summary>
public static class TicketingMetrics
{
    public const string MeterName = "Jinning.Ticketing";

    public static IHostApplicationBuilder AddTicketingMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IssueFigureRefresher>();
        builder.Services.AddSingleton<Instruments>();
        builder.Services.AddHostedService(services =>
        {
            // The instruments exist from start-up, so the dashboard lists them before the first scrape.
            services.GetRequiredService<Instruments>();
            return services.GetRequiredService<IssueFigureRefresher>();
        });
        return builder;
    }

    public sealed class Instruments
    {
        public Instruments(IMeterFactory meters, IssueFigureRefresher refresher)
        {
            var meter = meters.Create(MeterName);
            meter.CreateObservableGauge("jinning.issues.open", () => refresher.Current is { } figures
                    ? figures.ByStatus.Select(s => new Measurement<int>(s.Value.Open, new KeyValuePair<string, object?>("status",
                        KebabEnum.Format(s.Key))))
                    : [],
                unit: "{issue}", description: "Issues not yet closed or merged, per status");
            Gauge(meter, refresher, "jinning.issues.overdue", f => f.Overdue, "Open issues past their handling deadline");
            Gauge(meter, refresher, "jinning.issues.sign_for_overdue", f => f.SignForOverdue,
                "Dispatched issues the department has not signed for within the sign-for limit");
            Gauge(meter, refresher, "jinning.issues.awaiting_feedback", f => f.AwaitingFeedback,
                "Rectified or reviewed issues waiting for the office's feedback to the reporter");
            Gauge(meter, refresher, "jinning.issues.awaiting_confirmation", f => f.AwaitingConfirmation,
                "Issues with feedback given, waiting for the reporter to confirm or object");
        }

        private static void Gauge(
            Meter meter, IssueFigureRefresher refresher, string name, Func<IssueFigures, int> read, string description) =>
            meter.CreateObservableGauge(name,
                () => refresher.Current is { } figures ? [new Measurement<int>(read(figures))] : Array.Empty<Measurement<int>>(),
                unit: "{issue}", description: description);
    }
}
