using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Clock;
using Jinning.Ticketing.Closing;
using Jinning.Ticketing.Confidentiality;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Departments;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Jinning.Ticketing.PublicComplaints;
using Jinning.Ticketing.Suggestions;
using Jinning.Ticketing.Telemetry;

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
        builder.AddMessaging<TicketingDbContext>("ticketing", bus =>
        {
            bus.AddConsumer<ReporterSignInConsumer>();
            bus.AddConsumer<SuggestionForwardedConsumer>();
        });
        builder.Services.AddSingleton<ReporterPseudonyms>();
        builder.Services.AddScoped<IssueStore>();
        builder.Services.AddScoped<IssueIntake>();
        builder.Services.AddScoped<DispatchPlanner>();
        builder.Services.AddScoped<IssueClock>();
        builder.Services.AddSingleton<IssueClockStatus>();
        builder.Services.AddHostedService<IssueClockService>();
        builder.Services.AddOptions<ComplaintQueryOptions>().BindConfiguration("Ticketing:ComplaintQueries");
        builder.Services.AddScoped<ComplaintQueryLimiter>();
        builder.AddTicketingMetrics();
        builder.AddDefaultAuthentication();
        return builder;
    }
}
