using System.Diagnostics.Metrics;

namespace Jinning.Reporting.Telemetry;

/// <summary>The <c>Jinning.Reporting</c> meter's read-model lag, read from <see cref="ReadModelFigureRefresher"/>'s cached
/// figures.</summary>
public static class ReportingMetrics
{
    public const string MeterName = "Jinning.Reporting";

    public static IHostApplicationBuilder AddReportingMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReadModelFigureRefresher>();
        builder.Services.AddSingleton<Instruments>();
        builder.Services.AddHostedService(services =>
        {
            // The instruments exist from start-up, so the dashboard lists them before the first scrape.
            services.GetRequiredService<Instruments>();
            return services.GetRequiredService<ReadModelFigureRefresher>();
        });
        return builder;
    }

    public sealed class Instruments
    {
        public Instruments(IMeterFactory meters, ReadModelFigureRefresher refresher)
        {
            var meter = meters.Create(MeterName);
            meter.CreateObservableGauge("jinning.reporting.read_model.lag", () => Read(refresher, f => f.ApplicationLag),
                unit: "s", description: "For the newest event the read models applied: seconds from its sending to its application");
            meter.CreateObservableGauge("jinning.reporting.read_model.newest_event.age", () => Read(refresher, f => f.NewestEventAge),
                unit: "s", description: "Seconds since the newest event the read models applied was sent");
        }

        private static Measurement<double>[] Read(ReadModelFigureRefresher refresher, Func<ReadModelFigures, TimeSpan> read) =>
            refresher.Current is { Applied: true } figures ? [new Measurement<double>(read(figures).TotalSeconds)] : [];
    }
}
