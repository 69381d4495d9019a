using Jinning.Identity;
using Jinning.Identity.Data;
using Jinning.Identity.SignIns;
using Jinning.Messaging.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapActivationApi();

await app.MigrateDatabaseAsync<IdentityDbContext>();
app.Run();

public partial class Program;
