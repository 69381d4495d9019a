using Jinning.Messaging;
using Jinning.Messaging.Persistence;
using Jinning.Notification.Channels;
using Jinning.Notification.Data;
using Jinning.Notification.Deliveries;
using Jinning.Notification.Routing;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Notification;

public static class NotificationServiceExtensions
{
    public const string DatabaseName = "notificationdb";

    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<NotificationDbContext>(DatabaseName);
        builder.AddMessaging<NotificationDbContext>("notification", bus =>
        {
            bus.AddConsumer<NotificationEventsConsumer>(typeof(NotificationEventsConsumerDefinition));
        });
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration("Notification:Delivery");
        builder.Services.AddScoped<IChannelSender, EmailSender>();
        // Our own retries and dead letters govern webhooks; a resilience handler retrying inside one attempt would hide them.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to opt one client out.
        builder.Services.AddHttpClient<WebhookSender>(client => client.Timeout = TimeSpan.FromSeconds(15)).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddScoped<IChannelSender>(services => services.GetRequiredService<WebhookSender>());
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.AddDefaultAuthentication();
        return builder;
    }
}
