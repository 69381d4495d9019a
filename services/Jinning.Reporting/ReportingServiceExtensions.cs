using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging;
using Jinning.Messaging.Persistence;
using Jinning.Reporting.Data;
using Jinning.Reporting.Events;
using Jinning.Reporting.IssueStatistics;

namespace Jinning.Reporting;

public static class ReportingServiceExtensions
{
    public const string DatabaseName = "reportingdb";

    public static IHostApplicationBuilder AddReportingServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<ReportingDbContext>(DatabaseName);
        builder.Services.AddScoped<IssueProjection>();
        builder.AddMessaging<ReportingDbContext>("reporting", bus =>
        {
            bus.AddConsumer<IssueEventsConsumer>(typeof(IssueEventsConsumerDefinition));
        });
        builder.AddDefaultAuthentication();
        return builder;
    }
}
