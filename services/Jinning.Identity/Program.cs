using Jinning.Persistence.Idempotency;
using Jinning.Identity;
using Jinning.Identity.Accounts;
using Jinning.Identity.Operations;
using Jinning.Identity.SignIn;
using Jinning.Identity.Supervisors;
using Jinning.Identity.Tokens;
using Jinning.ServiceDefaults.Authentication;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.UseIdempotencyKeys();
app.MapApiDocuments();
app.MapTokenEndpoint();
app.MapLoginPages();
app.MapActivationApi();
app.MapAccountsApi();
app.MapOperationsApi();

app.Run();

public partial class Program;
