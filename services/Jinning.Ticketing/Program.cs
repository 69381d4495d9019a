using Jinning.Messaging.Idempotency;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing;
using Jinning.Ticketing.Attachments;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Confidentiality;
using Jinning.Ticketing.Open311;
using Jinning.Ticketing.Cases;
using Jinning.Ticketing.PublicComplaints;
using Jinning.Ticketing.Departments;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.Handling;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTicketingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.UseIdempotencyKeys();
app.MapApiDocuments();
app.MapIssuesApi();
app.MapDispatchApi();
app.MapHandlingApi();
app.MapExtensionApi();
app.MapMergeApi();
app.MapAttachmentsApi();
app.MapIdentityViewLogApi();
app.MapOpen311Api();
app.MapHistoryApi();
app.MapCasesApi();
app.MapPublicComplaintsApi();
app.MapCalendarApi();
app.MapDepartmentsApi();

app.Run();

public partial class Program;
