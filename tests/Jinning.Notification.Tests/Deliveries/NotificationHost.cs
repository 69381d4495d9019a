using Jinning.Notification.Data;
using Jinning.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Notification.Tests.Deliveries;

public sealed class NotificationFixture : InfrastructureFixture;

[CollectionDefinition(Name)]
public sealed class NotificationCollection : ICollectionFixture<NotificationFixture>
{
    public const string Name = "notification";
}

/// <summary>One instance of the notification service on the real clock (its delivery worker polls by it), mail to <paramref name="smtpPort"/>.</summary>
public sealed class NotificationHost(InfrastructureFixture infrastructure, string database, int smtpPort)
    : ServiceHost<Program, NotificationDbContext>(infrastructure, "notificationdb", database, DateTimeOffset.UtcNow)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:mail", $"Endpoint=smtp://127.0.0.1:{smtpPort}");
        builder.UseSetting("Notification:Webhooks:AllowPrivateAddresses", "true");
        builder.UseSetting("Notification:Delivery:PollInterval", "00:00:00.100");
        builder.UseSetting("Notification:Delivery:BaseDelay", "00:00:00.200");
        builder.ConfigureServices(services => services.AddSingleton(TimeProvider.System));
    }
}
