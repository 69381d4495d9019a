using System.Globalization;
using Jinning.Web;
using Jinning.Web.Components;
using Jinning.Web.SignIn;

// The console speaks Chinese to everyone, whatever the browser asks for: Ant Design's own words
// (an empty table's 暂无数据, the date picker's months, the pager) follow this culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

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
