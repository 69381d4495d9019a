using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging.Persistence;
using Jinning.Reporting;
using Jinning.Reporting.Data;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.PublicDisclosure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.MapApiDocuments();
app.MapIssueStatisticsApi();
app.MapPublicDisclosureApi();

await app.MigrateDatabaseAsync<ReportingDbContext>();
app.Run();

public partial class Program;
