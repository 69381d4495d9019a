using Jinning.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jinning.Messaging.Outbox;

/// <summary>
/// Reads the outbox's figures every <see cref="OutboxOptions.MonitorInterval"/> with one query over the partial
/// indexes of unsent and dead rows (never a table scan), into <see cref="OutboxBacklog"/>.
/// </summary>
public sealed class OutboxMonitor<TDbContext>(
    IServiceScopeFactory scopes,
    OutboxBacklog backlog,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxMonitor<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext, IMessagingDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database health check reports an unreachable database; the last figures stay until it returns.
                logger.LogDebug(exception, "Outbox figures could not be read");
            }
            await Task.Delay(options.Value.MonitorInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var figures = await db.Database.SqlQuery<Figures>($"""
            SELECT
              (SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND dead_at IS NULL) AS pending,
              (SELECT created_at FROM outbox_messages WHERE sent_at IS NULL AND dead_at IS NULL ORDER BY sequence LIMIT 1) AS oldest,
              (SELECT count(*) FROM outbox_messages WHERE dead_at IS NOT NULL) AS dead
            """).SingleAsync(cancellationToken);
        backlog.Update(new OutboxBacklog.Snapshot(figures.Pending, figures.Oldest, figures.Dead, time.GetUtcNow()));
    }

    private sealed record Figures(long Pending, DateTimeOffset? Oldest, long Dead);
}
