using Jinning.Web.Api;

namespace Jinning.Web;

/// <summary>
/// Attachments of an issue, downloaded through the console for the signed-in person: the console fetches the file with their
/// token and hands the browser the bytes. Whether they may see it is the API's answer (404 otherwise).
/// </summary>
public static class AttachmentDownloadEndpoints
{
    public static string PathOf(Guid issueId, Guid attachmentId) => $"/files/issues/{issueId}/attachments/{attachmentId}";

    public static IEndpointRouteBuilder MapAttachmentDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/issues/{issueId:guid}/attachments/{attachmentId:guid}", DownloadAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid issueId, Guid attachmentId, AttachmentDownloads downloads, HttpContext context,
        CancellationToken cancellationToken)
    {
        AttachmentFile? file;
        try
        {
            file = await downloads.GetAsync(issueId, attachmentId, cancellationToken);
        }
        catch (SignInExpiredException)
        {
            return Results.LocalRedirect($"/login?returnUrl={Uri.EscapeDataString(PathOf(issueId, attachmentId))}");
        }
        if (file is null)
        {
            return Results.NotFound();
        }
        // Personal material: never kept by a shared cache, never sniffed into something the browser runs.
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
