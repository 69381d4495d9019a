using Jinning.Testing;

namespace Jinning.Messaging.Tests;

/// <summary>One PostgreSQL server and one RabbitMQ broker for the messaging tests; each test uses its own database and queues.</summary>
public sealed class MessagingFixture : IAsyncLifetime
{
    public LocalPostgres Postgres { get; } = new();
    public LocalRabbitMq Broker { get; } = new();

    public Task InitializeAsync() => Task.WhenAll(Postgres.InitializeAsync(), Broker.InitializeAsync());

    public async Task DisposeAsync()
    {
        await Broker.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MessagingCollection : ICollectionFixture<MessagingFixture>
{
    public const string Name = "messaging";
}
