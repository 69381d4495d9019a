using Jinning.Gateway;
using Jinning.Gateway.Docs;
using Jinning.Gateway.Health;
using Jinning.Gateway.Limits;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseProblemDetailsErrors();
app.UseRequestSizeLimit();
app.UseCors();
app.UseRateLimiter();
app.MapAggregatedHealth();
app.MapApiDocs();
app.MapReverseProxy();

app.Run();

public partial class Program;
