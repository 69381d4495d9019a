using Jinning.Messaging;
using Jinning.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jinning.Testing;

/// <summary>
/// One real service (its <c>Program</c>) on a real database and broker, with a clock the test moves.
/// Published events are read back from the service's outbox.
/// </summary>
public class ServiceHost<TEntryPoint, TDbContext>(InfrastructureFixture infrastructure, string connectionName, string database, DateTimeOffset start)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
    where TDbContext : DbContext, IMessagingDbContext
{
    // TimeProvider.System always answers in UTC; so must the fake, or PostgreSQL refuses the timestamps.
    public FakeTimeProvider Clock { get; } = new(start.ToUniversalTime());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{connectionName}", infrastructure.Postgres.ConnectionString(database));
        builder.UseSetting("ConnectionStrings:broker", infrastructure.Broker.ConnectionString);
        builder.UseSetting("Auth:Issuer", "http://localhost:8080/");
        // The tests read published events back from the outbox; keep them while the clock jumps months ahead.
        builder.UseSetting("Messaging:Outbox:SentRetention", "3650.00:00:00");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Hosts of finished tests reconnect while the fixture tears the broker down; that noise is expected.
        builder.UseSetting("Logging:LogLevel:MassTransit", "Error");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        // A test publishes as soon as the host is up: its queues must already be bound, or the message goes nowhere.
        builder.ConfigureServices(services =>
            services.Configure<MassTransit.MassTransitHostOptions>(options => options.WaitUntilStarted = true));
    }

    public async Task<T> QueryAsync<T>(Func<TDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    public async Task WriteAsync(Func<TDbContext, Task> write)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Messages of <typeparamref name="T"/> the service committed to its outbox (published or not yet).</summary>
    public Task<List<string>> OutboxBodiesAsync<T>() => QueryAsync(db => db.OutboxMessages
        .Where(m => m.MessageType == typeof(T).FullName).OrderBy(m => m.Sequence).Select(m => m.Body).ToListAsync());
}
