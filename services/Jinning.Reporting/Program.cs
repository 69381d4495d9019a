using Jinning.Persistence.Idempotency;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Reporting;
using Jinning.Reporting.Duties;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.Periodic;
using Jinning.Reporting.PublicDisclosure;
using Jinning.Reporting.Rebuild;
using Jinning.Reporting.Scorecards;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.UseIdempotencyKeys();
app.UseOutputCache();
app.MapApiDocuments();
app.MapIssueStatisticsApi();
app.MapDutiesAndAwardsApi();
app.MapPeriodicReportApi();
app.MapRebuildApi();
app.MapPublicDisclosureApi();
app.MapScorecardApi();

app.Run();

public partial class Program;
