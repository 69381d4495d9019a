using Jinning.ServiceDefaults.Authentication;
using Jinning.Web.Api;

namespace Jinning.Web;

/// <summary>
/// The periodic report as a file for the office's browser: the console asks the API with the person's
/// token (server-side) and streams the answer on, so no token ever reaches the page.
/// </summary>
public static class ReportDownloads
{
    public const string Path = "/office/reports/periodic";

    public static string Link(string period, string format) => $"{Path}/{Uri.EscapeDataString(period)}.{format}";

    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/{period}.{format}", DownloadAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Office));
        return app;
    }

    private static async Task<IResult> DownloadAsync(string period, string format, ReportsClient reports, HttpContext context)
    {
        if (format is not ("xlsx" or "csv"))
        {
            return Results.NotFound();
        }
        var result = await reports.PeriodicReportAsync(period, format, context.RequestAborted);
        if (result.Value is not { } file)
        {
            // The console's own status page says it in words (UseStatusCodePagesWithReExecute).
            return Results.StatusCode(result.Problem!.Status is 400 or 404 ? 404 : result.Problem.Status);
        }
        context.Response.RegisterForDisposeAsync(file);
        return Results.Stream(file.Content, file.ContentType, file.FileName ?? $"jinning-supervisors-{period}.{format}");
    }
}
