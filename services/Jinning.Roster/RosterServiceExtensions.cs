using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging;
using Jinning.Messaging.Persistence;
using Jinning.Roster.Data;

namespace Jinning.Roster;

public static class RosterServiceExtensions
{
    public const string DatabaseName = "rosterdb";

    public static IHostApplicationBuilder AddRosterServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<RosterDbContext>(DatabaseName);
        builder.AddMessaging<RosterDbContext>("roster");
        builder.AddDefaultAuthentication();
        return builder;
    }
}
