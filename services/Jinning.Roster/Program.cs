using Jinning.Persistence.Idempotency;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Roster;
using Jinning.Roster.Applications;
using Jinning.Roster.Awards;
using Jinning.Roster.Declarations;
using Jinning.Roster.Duties;
using Jinning.Roster.Meetings;
using Jinning.Roster.PersonalFile;
using Jinning.Roster.PublicRoster;
using Jinning.Roster.Tasks;
using Jinning.Roster.Trainings;
using Jinning.Roster.Nominations;
using Jinning.Roster.Supervisors;
using Jinning.Roster.Vetting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRosterServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.UseIdempotencyKeys();
app.UseOutputCache();
app.MapApiDocuments();
app.MapNominationsApi();
app.MapVettingApi();
app.MapSupervisorsApi();
app.MapDutiesApi();
app.MapSubmissionsApi();
app.MapMeetingsApi();
app.MapTrainingsApi();
app.MapTasksApi();
app.MapAwardsApi();
app.MapPersonalFileApi();
app.MapPublicRosterApi();
app.MapApplicationsApi();
app.MapDeclarationsApi();

app.Run();

public partial class Program;
