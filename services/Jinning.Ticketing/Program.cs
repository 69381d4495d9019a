using Jinning.Persistence.Idempotency;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing;
using Jinning.Ticketing.Attachments;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Cases;
using Jinning.Ticketing.Closing;
using Jinning.Ticketing.Confidentiality;
using Jinning.Ticketing.Departments;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.Handling;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Jinning.Ticketing.Open311;
using Jinning.Ticketing.PublicComplaints;
using Jinning.Ticketing.PublicNotices;
using Jinning.Ticketing.Retaliation;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTicketingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.UseIdempotencyKeys();
app.MapApiDocuments();
// Every route inside this group has its answers checked for reporters shown: the identity-view log (T8) in one place.
var api = app.MapGroup("").AddEndpointFilter<IdentityViewFilter>();
api.MapIssuesApi();
api.MapReclassifyApi();
api.MapDispatchApi();
api.MapHandlingApi();
api.MapExtensionApi();
api.MapCloseApi();
api.MapMergeApi();
api.MapDisciplineHandlingApi();
api.MapAttachmentsApi();
api.MapIdentityViewLogApi();
api.MapOpen311Api();
api.MapHistoryApi();
api.MapTimelineApi();
api.MapCasesApi();
api.MapPublicComplaintsApi();
api.MapPublicNoticesApi();
api.MapCalendarApi();
api.MapDepartmentsApi();
// Counts only, no reporter in them: outside the identity-view filter.
app.MapDeskCountsApi();

app.Run();

public partial class Program;
