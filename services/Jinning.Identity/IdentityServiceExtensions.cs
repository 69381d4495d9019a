using Jinning.Identity.Data;
using Jinning.Identity.SignIns;
using Jinning.Messaging;
using Jinning.Messaging.Persistence;

namespace Jinning.Identity;

public static class IdentityServiceExtensions
{
    public const string DatabaseName = "identitydb";

    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<IdentityDbContext>(DatabaseName);
        builder.AddMessaging<IdentityDbContext>("identity", bus =>
        {
            bus.AddConsumer<SupervisorSignInConsumer>();
        });
        return builder;
    }
}
