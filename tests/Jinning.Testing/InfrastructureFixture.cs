using Xunit;

namespace Jinning.Testing;

/// <summary>One PostgreSQL server and one RabbitMQ broker per test collection; each test uses its own database and queues.</summary>
public class InfrastructureFixture : IAsyncLifetime
{
    public LocalPostgres Postgres { get; } = new();
    public LocalRabbitMq Broker { get; } = new();

    public Task InitializeAsync() => Task.WhenAll(Postgres.InitializeAsync(), Broker.InitializeAsync());

    public async Task DisposeAsync()
    {
        await Broker.DisposeAsync();
        await Postgres.DisposeAsync();
    }

    /// <summary>A database name no other test uses.</summary>
    public static string NewDatabaseName(string prefix) => $"{prefix}_{Guid.NewGuid():N}";
}
