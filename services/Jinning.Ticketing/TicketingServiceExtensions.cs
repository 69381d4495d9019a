using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging;
using Jinning.Messaging.Persistence;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Departments;

namespace Jinning.Ticketing;

public static class TicketingServiceExtensions
{
    public const string DatabaseName = "ticketingdb";

    public static IHostApplicationBuilder AddTicketingServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<TicketingDbContext>(DatabaseName, DepartmentsApi.SeedAsync);
        builder.AddMessaging<TicketingDbContext>("ticketing");
        builder.AddDefaultAuthentication();
        return builder;
    }
}
