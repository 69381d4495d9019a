using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging;
using Jinning.Messaging.Persistence;
using Jinning.Ticketing.Clock;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Departments;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing;

public static class TicketingServiceExtensions
{
    public const string DatabaseName = "ticketingdb";

    public static IHostApplicationBuilder AddTicketingServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<TicketingDbContext>(DatabaseName, async (db, services, cancellationToken) =>
        {
            await AppendOnlyHistory.InstallAsync(db, cancellationToken);
            await DepartmentsApi.SeedAsync(db, services, cancellationToken);
        });
        builder.AddMessaging<TicketingDbContext>("ticketing");
        builder.Services.AddScoped<IssueIntake>();
        builder.Services.AddScoped<DispatchPlanner>();
        builder.Services.AddScoped<IssueClock>();
        builder.Services.AddHostedService<IssueClockService>();
        builder.AddDefaultAuthentication();
        return builder;
    }
}
