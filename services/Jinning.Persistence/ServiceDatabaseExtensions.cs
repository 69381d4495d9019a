using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Jinning.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers a service's own PostgreSQL database: pooled DbContext, the interceptor that makes an owned part's change
    /// check its aggregate's row version and any other <see cref="IServiceDatabaseInterceptor"/> (the outbox's wake-up),
    /// Aspire's health check and telemetry, and the migrator that gates start-up. EF's retrying execution strategy is
    /// off because services open their own transactions (outbox, inbox).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(
        this IHostApplicationBuilder builder, string connectionName, Func<TDbContext, IServiceProvider, CancellationToken, Task>? seed = null)
        where TDbContext : DbContext, IServiceDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing.");

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceDatabaseInterceptor, OwnedChangeTouchesOwner>());
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetServices<IServiceDatabaseInterceptor>()));
        builder.Services.AddScoped<IServiceDbContext>(services => services.GetRequiredService<TDbContext>());
        builder.EnrichNpgsqlDbContext<TDbContext>(settings => settings.DisableRetry = true);

        // Registered before any other hosted service of the service, so it runs first.
        builder.Services.AddSingleton(seed is null ? DatabaseSeed<TDbContext>.None : new DatabaseSeed<TDbContext>(seed));
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        return builder;
    }
}
