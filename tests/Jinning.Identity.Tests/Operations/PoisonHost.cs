using Jinning.Identity.Operations;
using Jinning.Messaging;
using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Persistence;
using Jinning.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jinning.Identity.Tests.Operations;

public sealed record GaugeReading
{
    public required Guid ReadingId { get; init; }
}

/// <summary>What the consumer applied: one row per application, so "applied twice" would show.</summary>
public sealed class AppliedReading
{
    public long Id { get; init; }
    public Guid ReadingId { get; init; }
}

public sealed class PoisonDbContext(DbContextOptions<PoisonDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<AppliedReading> AppliedReadings => Set<AppliedReading>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddServiceTables().AddMessagingTables();
}

/// <summary>Fails every attempt while <see cref="Broken"/> (a bug not yet fixed), then applies the reading.</summary>
public sealed class FlakyReadingConsumer(PoisonDbContext db, FlakyReadingConsumer.Switch fault) : IConsumer<GaugeReading>
{
    public sealed class Switch
    {
        public volatile bool Broken = true;
        private int _attempts;
        public int Attempts => Volatile.Read(ref _attempts);
        public void Count() => Interlocked.Increment(ref _attempts);
    }

    public Task Consume(ConsumeContext<GaugeReading> context)
    {
        fault.Count();
        if (fault.Broken)
        {
            throw new InvalidOperationException("The reading's gauge is unknown.");
        }
        db.AppliedReadings.Add(new AppliedReading { ReadingId = context.Message.ReadingId });
        return Task.CompletedTask;
    }
}

/// <summary>Every delivery that reached the endpoint, before the inbox decides anything (a skipped duplicate counts too).</summary>
public sealed class ReceiveCounter : IReceiveObserver
{
    private int _received;
    public int Received => Volatile.Read(ref _received);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;
    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref _received);
        return Task.CompletedTask;
    }
    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;
    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;
    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}

/// <summary>A minimal service with the real messaging set-up, the flaky consumer and identity's operations area.</summary>
public sealed class PoisonHost : IAsyncDisposable
{
    private readonly IHost _host;

    private PoisonHost(IHost host, string serviceName)
    {
        _host = host;
        Queue = new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false).Consumer<FlakyReadingConsumer>();
    }

    public IServiceProvider Services => _host.Services;
    public string Queue { get; }
    public string ErrorQueue => Queue + ErrorQueues.Suffix;
    public FlakyReadingConsumer.Switch Fault => Services.GetRequiredService<FlakyReadingConsumer.Switch>();
    public int Received => Services.GetRequiredService<ReceiveCounter>().Received;

    public static async Task<PoisonHost> StartAsync(InfrastructureFixture infrastructure, string serviceName)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("MassTransit", LogLevel.Critical);
        var broker = infrastructure.Broker;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = infrastructure.Postgres.ConnectionString(InfrastructureFixture.NewDatabaseName("ops")),
            ["ConnectionStrings:broker"] = broker.ConnectionString,
            ["ConnectionStrings:broker-management"] =
                $"http://{LocalRabbitMq.User}:{LocalRabbitMq.Password}@127.0.0.1:{broker.ManagementPort}/",
            ["Operations:ErrorQueueRefresh"] = "00:00:00.500",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FlakyReadingConsumer.Switch>();
        builder.Services.AddSingleton<ReceiveCounter>();
        builder.Services.AddReceiveObserver(services => services.GetRequiredService<ReceiveCounter>());
        builder.AddServiceDatabase<PoisonDbContext>("testdb");
        builder.AddMessaging<PoisonDbContext>(serviceName, bus => bus.AddConsumer<FlakyReadingConsumer>());
        builder.AddOperations();

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PoisonDbContext>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        var health = await host.Services.GetRequiredService<IBusControl>()
            .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (health != BusHealthStatus.Healthy)
        {
            throw new InvalidOperationException($"The bus did not become healthy: {health}");
        }
        return new PoisonHost(host, serviceName);
    }

    public async Task<int> AppliedCountAsync(Guid readingId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PoisonDbContext>().AppliedReadings.CountAsync(r => r.ReadingId == readingId);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(30));
        _host.Dispose();
    }
}
