using Jinning.Gateway;
using Jinning.Gateway.Docs;
using Jinning.Gateway.Health;
using Jinning.Gateway.Limits;
using Jinning.Gateway.Routing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseProblemDetailsErrors();
app.UseRequestSizeLimit();
app.UseCors();
// Only to know who is calling, for per-user budgets: each service authorizes the request itself.
app.UseAuthentication();
app.UseRateLimiter();
app.MapAggregatedHealth();
app.MapApiDocs();
app.MapApiNotFound();
app.MapReverseProxy();

app.Run();

public partial class Program;
