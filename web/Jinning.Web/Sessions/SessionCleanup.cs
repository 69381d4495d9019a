using Jinning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Web.Sessions;

/// <summary>Deletes sessions nobody can use any more: older than the refresh token's life.</summary>
public sealed class SessionCleanup(IServiceScopeFactory scopes, TimeProvider time, ILogger<SessionCleanup> logger) : BackgroundService
{
    /// <summary>The identity service's refresh token lifetime: a session cannot outlive it.</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromHours(12);
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
                var cutoff = time.GetUtcNow() - MaximumAge;
                var removed = await db.ConsoleSessions.Where(s => s.CreatedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} expired console sessions", removed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Console session cleanup failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
