using System.Diagnostics.Metrics;

namespace Jinning.Roster.Telemetry;

/// <summary>The <c>Jinning.Roster</c> meter, read from <see cref="RosterFigureRefresher"/>'s cached figures.</summary>
public static class RosterMetrics
{
    public const string MeterName = "Jinning.Roster";

    public static IHostApplicationBuilder AddRosterMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RosterFigureRefresher>();
        builder.Services.AddSingleton<Instruments>();
        builder.Services.AddHostedService(services =>
        {
            // The instruments exist from start-up, so the dashboard lists them before the first scrape.
            services.GetRequiredService<Instruments>();
            return services.GetRequiredService<RosterFigureRefresher>();
        });
        return builder;
    }

    public sealed class Instruments
    {
        public Instruments(IMeterFactory meters, RosterFigureRefresher refresher)
        {
            var meter = meters.Create(MeterName);
            meter.CreateObservableGauge("jinning.roster.terms_ending", () => Read(refresher, f => f.TermsEndingSoon),
                unit: "{supervisor}", description: "Serving supervisors whose term ends within the next 30 days");
            meter.CreateObservableGauge("jinning.roster.half_year.outstanding", () => Read(refresher, f => f.Outstanding),
                unit: "{supervisor}",
                description: "Supervisors who owe the current half-year's ledger and suggestion report and have not handed them in");
            meter.CreateObservableGauge("jinning.roster.half_year.days_left", () => Read(refresher, f => f.DaysLeft),
                unit: "d", description: "Days until the current half-year ends, when the outstanding work falls due");
        }

        private static Measurement<int>[] Read(RosterFigureRefresher refresher, Func<RosterFigures, int> read) =>
            refresher.Current is { } figures
                ? [new Measurement<int>(read(figures), new KeyValuePair<string, object?>("period", figures.Period.ToString()))]
                : [];
    }
}
