using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jinning.Messaging.Persistence;

public static class DatabaseMigrationExtensions
{
    private static readonly ActivitySource Source = new("Jinning.Messaging");

    /// <summary>
    /// Brings the service's database to the latest migration, then runs <paramref name="seed"/>.
    /// Called before the web host starts, so no request ever meets an old schema. PostgreSQL that
    /// is still starting up is waited for.
    /// </summary>
    public static async Task MigrateDatabaseAsync<TDbContext>(
        this IHost host,
        Func<TDbContext, IServiceProvider, CancellationToken, Task>? seed = null,
        CancellationToken cancellationToken = default)
        where TDbContext : DbContext
    {
        using var activity = Source.StartActivity($"Migrate {typeof(TDbContext).Name}");
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Jinning.Migrations");

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                await db.Database.MigrateAsync(cancellationToken);
                if (seed is not null)
                {
                    await seed(db, scope.ServiceProvider, cancellationToken);
                }
                logger.LogInformation("Database of {DbContext} is migrated", typeof(TDbContext).Name);
                return;
            }
            catch (Exception exception) when (attempt < 30 && IsTransient(exception))
            {
                logger.LogWarning("Database not ready for {DbContext} (attempt {Attempt}): {Reason}", typeof(TDbContext).Name, attempt, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        // 57P03: the database system is starting up.
        PostgresException { SqlState: "57P03" } => true,
        System.Net.Sockets.SocketException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
