using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Notification.Channels;
using Jinning.Notification.Data;
using Jinning.Notification.Deliveries;
using Jinning.Notification.Routing;
using Jinning.Notification.Webhooks;
using Jinning.Notification.Telemetry;
using Microsoft.AspNetCore.DataProtection;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Notification;

public static class NotificationServiceExtensions
{
    public const string DatabaseName = "notificationdb";

    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<NotificationDbContext>(DatabaseName, WebhookSecretMigration.ProtectPlainSecretsAsync);
        builder.Services.AddDataProtection().SetApplicationName("jinning-notification").PersistKeysToDbContext<NotificationDbContext>();
        builder.Services.AddSingleton<WebhookSecrets>();
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration("Notification:Webhooks");
        builder.Services.AddSingleton<WebhookAddressGuard>();
        builder.Services.AddSingleton<WebhookHttp>();
        builder.AddMessaging<NotificationDbContext>("notification", bus =>
        {
            bus.AddConsumer<NotificationEventsConsumer>(typeof(NotificationEventsConsumerDefinition));
        });
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration("Notification:Delivery");
        builder.Services.AddScoped<IChannelSender, EmailSender>();
        builder.Services.AddScoped<WebhookSender>();
        builder.Services.AddScoped<IChannelSender>(services => services.GetRequiredService<WebhookSender>());
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.AddNotificationMetrics();
        builder.AddDefaultAuthentication();
        return builder;
    }
}
