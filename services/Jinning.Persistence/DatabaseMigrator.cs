using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jinning.Persistence;

/// <summary>
/// Brings the service's database to the latest migration, then seeds it, before anything else of
/// the service starts: it is the first hosted service, and the web server starts after all of them,
/// so no request, consumer or scheduler ever meets an old schema. PostgreSQL that is still
/// starting up is waited for. Several instances of a service start at once: a PostgreSQL advisory
/// lock lets one migrate and seed while the others wait, then find nothing left to do.
/// </summary>
public sealed class DatabaseMigrator<TDbContext>(
    IServiceScopeFactory scopes,
    DatabaseSeed<TDbContext> seed,
    ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    private static readonly ActivitySource Source = new("Jinning.Persistence");
    private static readonly string LockName = $"jinning.migrate.{typeof(TDbContext).Name}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"Migrate {typeof(TDbContext).Name}");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                // The lock is the connection's: EF keeps a connection opened here for everything below, and closing it
                // (also when this instance dies) releases the lock.
                await CreateDatabaseIfMissingAsync(db, cancellationToken);
                await db.Database.OpenConnectionAsync(cancellationToken);
                try
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(hashtext({0}))", [LockName], cancellationToken);
                    await db.Database.MigrateAsync(cancellationToken);
                    await seed.Run(db, scope.ServiceProvider, cancellationToken);
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(hashtext({0}))", [LockName], CancellationToken.None);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>As <c>MigrateAsync</c> would, before the lock's connection needs the database; a twin creating it first is fine.</summary>
    private static async Task CreateDatabaseIfMissingAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        // 57P03: the database system is starting up. 28P01, 28000, 3D000: the service's role or database is still being
        // provisioned by the AppHost (roles are made once the server is ready); they settle within seconds.
        PostgresException { SqlState: "57P03" or "28P01" or "28000" or "3D000" } => true,
        System.Net.Sockets.SocketException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}

/// <summary>Reference data a service writes once its schema is current (seeded accounts, departments).</summary>
public sealed record DatabaseSeed<TDbContext>(Func<TDbContext, IServiceProvider, CancellationToken, Task> Run) where TDbContext : DbContext
{
    public static readonly DatabaseSeed<TDbContext> None = new((_, _, _) => Task.CompletedTask);
}
