using Jinning.Messaging.Outbox;
using Jinning.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jinning.Messaging.Tests;

/// <summary>A minimal service: the real messaging set-up over a real database and broker, with test consumers.</summary>
public sealed class MessagingTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MessagingTestHost(IHost host, string serviceName)
    {
        _host = host;
        ServiceName = serviceName;
    }

    public string ServiceName { get; }
    public IServiceProvider Services => _host.Services;
    public DeliveryLog Deliveries => Services.GetRequiredService<DeliveryLog>();

    /// <param name="dispatch">false: no dispatcher runs in the background; the test drives one itself.</param>
    public static async Task<MessagingTestHost> StartAsync(MessagingFixture fixture, string database, string serviceName, bool dispatch = true)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The outage test drops the broker on purpose; MassTransit's reconnect warnings are expected there.
        builder.Logging.AddFilter("MassTransit", LogLevel.Error);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = fixture.Postgres.ConnectionString(database),
            ["ConnectionStrings:broker"] = fixture.Broker.ConnectionString,
            ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
            ["Messaging:Outbox:MaxRetryDelay"] = "00:00:02",
            ["Messaging:Outbox:MonitorInterval"] = "00:00:00.250",
            ["Messaging:Outbox:DegradedAfter"] = "00:00:02",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddReceiveObserver(services => services.GetRequiredService<DeliveryLog>());
        builder.AddServiceDatabase<TestDbContext>("testdb");
        builder.AddMessaging<TestDbContext>(serviceName, bus =>
        {
            bus.AddConsumer<WidgetCreatedConsumer>();
            bus.AddConsumer<AllDepartmentsConsumer>(typeof(AllDepartmentsConsumerDefinition));
        });
        if (!dispatch)
        {
            builder.Services.Remove(builder.Services.Single(service =>
                service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(OutboxDispatcher<TestDbContext>)));
        }

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        await WaitForBusAsync(host.Services);
        return new MessagingTestHost(host, serviceName);
    }

    private static async Task WaitForBusAsync(IServiceProvider services)
    {
        var bus = services.GetRequiredService<IBusControl>();
        var health = await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (health != BusHealthStatus.Healthy)
        {
            throw new InvalidOperationException($"The bus did not become healthy: {health}");
        }
    }

    /// <summary>Runs <paramref name="work"/> on a fresh DbContext with the outbox of the same scope.</summary>
    public async Task InScopeAsync(Func<TestDbContext, IOutbox, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TestDbContext>(), scope.ServiceProvider.GetRequiredService<IOutbox>());
    }

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task<int> AppliedCountAsync() => QueryAsync(db => db.AppliedMessages.CountAsync());

    public Task<int> UnsentCountAsync() => QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null));

    public string WidgetQueue => new KebabCaseEndpointNameFormatter(ServiceName, includeNamespace: false).Consumer<WidgetCreatedConsumer>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(30));
        _host.Dispose();
    }
}
