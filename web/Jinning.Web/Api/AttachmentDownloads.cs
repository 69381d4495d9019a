namespace Jinning.Web.Api;

public sealed record AttachmentFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// An attachment's bytes fetched for the signed-in person, for the console's own download route: the browser gets the file,
/// never a token. Not a <see cref="GatewayClient"/>: the answer is a file, not JSON.
/// </summary>
public sealed class AttachmentDownloads(HttpClient http)
{
    /// <summary>The file, or null when the API says it is not there or not the caller's to see.</summary>
    public async Task<AttachmentFile?> GetAsync(Guid issueId, Guid attachmentId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/api/ticketing/issues/{issueId}/attachments/{attachmentId}", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        var headers = response.Content.Headers;
        var fileName = headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"') ?? "附件";
        return new AttachmentFile(await response.Content.ReadAsByteArrayAsync(cancellationToken),
            headers.ContentType?.MediaType ?? "application/octet-stream", fileName);
    }
}
