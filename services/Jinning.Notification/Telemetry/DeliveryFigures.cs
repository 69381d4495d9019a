using Jinning.Notification.Data;
using Jinning.Notification.Deliveries;
using Jinning.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Telemetry;

/// <summary>How many deliveries there are per channel and status (pending, sent, dead).</summary>
public sealed record DeliveryFigures(IReadOnlyDictionary<(DeliveryChannel Channel, DeliveryStatus Status), int> Counts)
{
    public int Dead => Counts.Where(c => c.Key.Status == DeliveryStatus.Dead).Sum(c => c.Value);
}

/// <summary>One grouped query over the delivery log every refresh.</summary>
public sealed class DeliveryFigureRefresher(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    ILogger<DeliveryFigureRefresher> logger) : FigureRefresher<DeliveryFigures>(scopes, time, configuration, logger)
{
    protected override async Task<DeliveryFigures> ReadAsync(
        IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await services.GetRequiredService<NotificationDbContext>().Deliveries.AsNoTracking()
            .GroupBy(d => new { d.Channel, d.Status })
            .Select(g => new { g.Key.Channel, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new DeliveryFigures(rows.ToDictionary(r => (r.Channel, r.Status), r => r.Count));
    }
}
