using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging;
using Jinning.Messaging.Ordering;
using Jinning.Persistence;
using Jinning.Roster.Awards;
using Jinning.Roster.Data;
using Jinning.Roster.PublicRoster;
using Jinning.Roster.ReportedIssues;
using Jinning.Roster.Duties;
using Jinning.Roster.Terms;
using Jinning.Roster.Telemetry;

namespace Jinning.Roster;

public static class RosterServiceExtensions
{
    public const string DatabaseName = "rosterdb";

    public static IHostApplicationBuilder AddRosterServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<RosterDbContext>(DatabaseName);
        builder.AddMessaging<RosterDbContext>("roster", bus =>
        {
            bus.AddConsumer<ReportedIssuesConsumer>(typeof(ReportedIssuesConsumerDefinition));
            bus.AddConsumer<SuggestionIssuesConsumer>();
        });
        builder.Services.AddScoped<ActivityRecords>();
        builder.Services.AddOutputCache(options => options.AddPolicy(PublicRosterApi.CachePolicy, policy => policy.Expire(TimeSpan.FromSeconds(30))));
        builder.Services.AddScoped<TermKeeper>();
        builder.Services.AddOrderedApplication<RosterDbContext>("Jinning.Roster");
        builder.Services.AddScoped<HalfYearReminders>();
        builder.Services.AddScoped<RosterReview>();
        builder.Services.AddSingleton<RosterSchedulerStatus>();
        builder.Services.AddHostedService<RosterScheduler>();
        builder.AddRosterMetrics();
        builder.AddDefaultAuthentication();
        return builder;
    }
}
