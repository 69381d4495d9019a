using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging.Persistence;
using Jinning.Ticketing;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTicketingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.MapApiDocuments();
app.MapIssuesApi();

await app.MigrateDatabaseAsync<TicketingDbContext>();
app.Run();

public partial class Program;
