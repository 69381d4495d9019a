using Jinning.Identity;
using Jinning.Identity.Accounts;
using Jinning.Identity.Data;
using Jinning.Identity.Supervisors;
using Jinning.Identity.Tokens;
using Jinning.Messaging.Persistence;
using Jinning.ServiceDefaults.Authentication;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.MapApiDocuments();
app.MapTokenEndpoint();
app.MapActivationApi();
app.MapAccountsApi();

await app.MigrateDatabaseAsync<IdentityDbContext>(AccountSeeder.SeedAsync);
app.Run();

public partial class Program;
