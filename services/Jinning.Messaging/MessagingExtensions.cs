using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Revocation;
using Jinning.Persistence;
using Jinning.Persistence.Revocation;
using Jinning.Messaging.Topology;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Jinning.Messaging;

public static class MessagingExtensions
{
    public const string BrokerConnectionName = "broker";

    /// <summary>
    /// MassTransit on RabbitMQ with publisher confirms, the transactional outbox of
    /// <typeparamref name="TDbContext"/>, an inbox that makes every consumer idempotent,
    /// in-process retries and MassTransit's <c>_error</c> queues for poison messages.
    /// Queue names are prefixed with <paramref name="serviceName"/> so services never share a queue.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDbContext : DbContext, IMessagingDbContext
    {
        var broker = new Uri(builder.Configuration.GetConnectionString(BrokerConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{BrokerConnectionName}' is missing."));

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Messaging:Outbox");
        builder.Services.AddScoped<IMessagingDbContext>(services => services.GetRequiredService<TDbContext>());
        builder.Services.AddScoped<IOutbox, EfOutbox>();
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceDatabaseInterceptor, OutboxSignalInterceptor>());
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        builder.Services.AddSingleton(ServiceMeter.For(serviceName));
        builder.Services.AddSingleton<OutboxBacklog>();
        builder.Services.AddSingleton<OutboxMetrics>();
        builder.Services.AddSingleton<InboxMetrics>();
        builder.Services.AddHostedService<OutboxMonitor<TDbContext>>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>(OutboxHealthCheck.Name);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ISignInRevocations, DatabaseSignInRevocations>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // An unreachable broker degrades the service (the outbox keeps every message) but does not make it unhealthy.
            bus.ConfigureHealthCheckOptions(health => health.MinimalFailureStatus = HealthStatus.Degraded);
            bus.AddConsumer<SignInRevokedConsumer>();
            configureConsumers?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker, host =>
                {
                    var (user, password) = Credentials(broker);
                    host.Username(user);
                    host.Password(password);
                    host.PublisherConfirmation = true;
                    host.ConnectionName(serviceName);
                });
                rabbit.UseDepartmentRouting();
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static (string User, string Password) Credentials(Uri broker)
    {
        var parts = broker.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
