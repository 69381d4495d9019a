namespace Jinning.Web.Api;

/// <summary>A file as the API sent it, still streaming: its content, type and name. Disposing it ends the API's response.</summary>
public sealed class StreamedFile(HttpResponseMessage response, Stream content) : IAsyncDisposable
{
    public Stream Content { get; } = content;

    public string ContentType { get; } = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";

    public string? FileName { get; } =
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');

    public static async Task<StreamedFile> OpenAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        new(response, await response.Content.ReadAsStreamAsync(cancellationToken));

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        response.Dispose();
    }
}
