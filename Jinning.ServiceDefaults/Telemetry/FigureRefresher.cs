using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jinning.ServiceDefaults.Telemetry;

/// <summary>
/// Reads a service's domain figures with one grouped query every <c>Telemetry:FigureRefresh</c> (30 s by default)
/// and keeps them, so the observable gauges built on <see cref="Current"/> never touch the database when scraped.
/// A failed read keeps the last figures (the database's health check reports the outage).
/// </summary>
public abstract partial class FigureRefresher<TFigures>(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    ILogger logger) : BackgroundService
    where TFigures : class
{
    private volatile TFigures? _current;

    /// <summary>The figures of the last successful read; null before the first.</summary>
    public TFigures? Current => _current;

    protected abstract Task<TFigures> ReadAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Reads the figures now (the timer calls it; tests call it to avoid waiting).</summary>
    public async Task<TFigures> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var figures = await ReadAsync(scope.ServiceProvider, time.GetUtcNow(), cancellationToken);
        _current = figures;
        return figures;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Telemetry:FigureRefresh", TimeSpan.FromSeconds(30));
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogUnreadable(logger, GetType().Name, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 9100, Level = LogLevel.Warning,
        Message = "{Figures} could not be read; the gauges keep the last figures: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string figures, string reason);
}
