using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jinning.Messaging.Ordering;

/// <summary>
/// Keeps held events in sight, so none waits unnoticed for a predecessor that never comes: counts them on the
/// service's meter (<c>jinning.events.parked</c>, <c>jinning.events.parked.overdue</c>) and warns about those held
/// past <see cref="ParkedEventsOptions.WarnAfter"/>.
/// </summary>
public sealed class ParkedEventsWatch<TDbContext> : BackgroundService where TDbContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly IOptions<ParkedEventsOptions> _options;
    private readonly ILogger<ParkedEventsWatch<TDbContext>> _logger;

    public ParkedEventsWatch(string meterName, IServiceScopeFactory scopes, TimeProvider time, IOptions<ParkedEventsOptions> options,
        IMeterFactory meters, ILogger<ParkedEventsWatch<TDbContext>> logger)
    {
        (_scopes, _time, _options, _logger) = (scopes, time, options, logger);
        var meter = meters.Create(meterName);
        meter.CreateObservableGauge("jinning.events.parked", () => Parked, "{event}",
            "Events held because they arrived before an event of the same aggregate they follow");
        meter.CreateObservableGauge("jinning.events.parked.overdue", () => Overdue, "{event}",
            "Held events waiting longer than the configured warning time");
    }

    public long Parked { get; private set; }
    public long Overdue { get; private set; }

    /// <summary>Counts the held events now and warns about overdue ones; the loop calls it, tests may too.</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var parked = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<ParkedEvent>();
        var overdueBefore = _time.GetUtcNow() - _options.Value.WarnAfter;
        Parked = await parked.LongCountAsync(ct);
        var overdue = await parked.AsNoTracking().Where(p => p.ParkedAt < overdueBefore).OrderBy(p => p.ParkedAt).Take(20)
            .Select(p => new { p.Type, p.AggregateId, p.Version, p.ParkedAt }).ToListAsync(ct);
        Overdue = overdue.Count == 0 ? 0 : await parked.LongCountAsync(p => p.ParkedAt < overdueBefore, ct);
        foreach (var held in overdue)
        {
            _logger.LogWarning("{Type} version {Version} of {AggregateId} has been held since {ParkedAt} for an earlier event that has not come",
                held.Type, held.Version, held.AggregateId, held.ParkedAt);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogWarning(exception, "Could not count the held events");
            }
            try
            {
                await Task.Delay(_options.Value.CheckEvery, _time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class ParkedEventsWatchExtensions
{
    /// <summary>The version gate and the watch over its held events, counted on the service's meter <paramref name="meterName"/>.</summary>
    public static IServiceCollection AddOrderedApplication<TDbContext>(this IServiceCollection services, string meterName)
        where TDbContext : DbContext
    {
        services.AddSingleton<VersionGate>();
        services.AddOptions<ParkedEventsOptions>().BindConfiguration(ParkedEventsOptions.Section);
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<ParkedEventsWatch<TDbContext>>(provider, meterName));
        services.AddHostedService(provider => provider.GetRequiredService<ParkedEventsWatch<TDbContext>>());
        return services;
    }
}
