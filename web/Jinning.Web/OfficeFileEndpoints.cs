using Jinning.ServiceDefaults.Authentication;
using Jinning.Web.Api;

namespace Jinning.Web;

/// <summary>
/// Files the office opens from a page: the console fetches them from the API with the person's token
/// (which never reaches the browser) and hands them over as a download.
/// </summary>
public static class OfficeFileEndpoints
{
    public static IEndpointRouteBuilder MapOfficeFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/office/files/half-year/{period}/{submissionId:guid}/{attachmentId:guid}", async (string period, Guid submissionId,
                Guid attachmentId, DutiesClient duties, CancellationToken cancellationToken) =>
            {
                var file = await duties.AttachmentAsync(period, submissionId, attachmentId, cancellationToken);
                return file.Value is { } found
                    ? Results.File(found.Content, found.ContentType, found.FileName)
                    : Results.StatusCode(file.Problem!.Status);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Office));
        return app;
    }
}
