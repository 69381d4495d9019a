using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging;
using Jinning.Messaging.Ordering;
using Jinning.Persistence;
using Jinning.Reporting.Awards;
using Jinning.Reporting.Data;
using Jinning.Reporting.Duties;
using Jinning.Reporting.Events;
using Jinning.Reporting.Events.Ordering;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.Periodic;
using Jinning.Reporting.PublicDisclosure;
using Jinning.Reporting.Rebuild;
using Jinning.Reporting.Roster;
using Jinning.Reporting.Scorecards;
using Jinning.Reporting.Telemetry;

namespace Jinning.Reporting;

public static class ReportingServiceExtensions
{
    public const string DatabaseName = "reportingdb";

    public static IHostApplicationBuilder AddReportingServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<ReportingDbContext>(DatabaseName, ReportingState.EnsureAsync);
        builder.Services.AddScoped<IssueProjection>();
        builder.Services.AddScoped<RosterProjection>();
        builder.Services.AddScoped<ScorecardProjection>();
        builder.Services.AddScoped<Projector>();
        builder.Services.AddScoped<EventRecorder>();
        builder.Services.AddOrderedApplication<ReportingDbContext>("Jinning.Reporting");
        builder.Services.AddScoped<OrderedApplication>();
        builder.Services.AddScoped<ReadModelRebuilder>();
        builder.Services.AddScoped<DutiesReport>();
        builder.Services.AddScoped<AwardRanking>();
        builder.Services.AddScoped<PeriodicReportBuilder>();
        builder.Services.AddSingleton<IssueStatisticsIndex>();
        builder.Services.AddHostedService<IssueStatisticsWarmUp>();
        builder.Services.AddOutputCache(options => options.AddPolicy(PublicDisclosureApi.CachePolicy, policy => policy.Expire(TimeSpan.FromSeconds(60))));
        builder.AddMessaging<ReportingDbContext>("reporting", bus =>
        {
            bus.AddConsumer<ReportingEventsConsumer>(typeof(ReportingEventsConsumerDefinition));
            bus.AddConsumer<VersionOnlyEventsConsumer>();
        });
        builder.AddReportingMetrics();
        builder.AddDefaultAuthentication();
        return builder;
    }
}
