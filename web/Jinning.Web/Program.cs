using Jinning.Web;
using Jinning.Web.Components;
using Jinning.Web.SignIn;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddWebConsole();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.MapHealthEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapSignInEndpoints();
app.MapPublicEndpoints();
app.MapAttachmentDownloads();
app.MapOfficeFileEndpoints();
app.MapReportDownloads();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
