using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging;
using Jinning.Messaging.Persistence;
using Jinning.Notification.Data;
using Jinning.Notification.Inbox;

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
            bus.AddConsumer<IssueReportedConsumer>();
        });
        builder.AddDefaultAuthentication();
        return builder;
    }
}
