using Jinning.ServiceDefaults.Authentication;
using Jinning.Reporting;
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

app.Run();

public partial class Program;
