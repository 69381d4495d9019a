using Jinning.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jinning.Messaging.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers a service's own PostgreSQL database: pooled DbContext, the outbox wake-up
    /// interceptor, and Aspire's health check and telemetry. EF's retrying execution strategy is
    /// off because services open their own transactions (outbox, inbox).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing.");

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.EnrichNpgsqlDbContext<TDbContext>(settings => settings.DisableRetry = true);
        return builder;
    }
}
