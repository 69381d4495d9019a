using Jinning.Persistence;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Jinning.Messaging.Tests;

/// <summary>Several instances of a service start at the same moment: the schema is migrated and the seed written once.</summary>
[Collection(MessagingCollection.Name)]
public sealed class MigratorTests(MessagingFixture fixture)
{
    [Fact]
    public async Task InstancesStartingTogether_SeedOnce()
    {
        var connectionString = fixture.Postgres.ConnectionString(InfrastructureFixture.NewDatabaseName("migrator"));
        var services = new ServiceCollection()
            .AddDbContext<TestDbContext>(options => options.UseNpgsql(connectionString)
                // The test model has no migrations: only the history table and the seed matter here.
                .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning)))
            .BuildServiceProvider();
        var seedRuns = 0;
        // A check-then-insert seed, as the services' seeds are: without the lock both instances see an empty table.
        var seed = new DatabaseSeed<TestDbContext>(async (db, _, cancellationToken) =>
        {
            Interlocked.Increment(ref seedRuns);
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS seeded (id int)", cancellationToken);
            var existing = await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM seeded").SingleAsync(cancellationToken);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            if (existing == 0)
            {
                await db.Database.ExecuteSqlRawAsync("INSERT INTO seeded VALUES (1)", cancellationToken);
            }
        });
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            new DatabaseMigrator<TestDbContext>(scopes, seed, NullLogger<DatabaseMigrator<TestDbContext>>.Instance).StartAsync(default)));

        Assert.Equal(3, seedRuns);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM seeded", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }
}
