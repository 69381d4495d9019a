using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jinning.Web.Api;

/// <summary>
/// The API behind the gateway, as the console calls it for the signed-in person (their token is
/// attached by <see cref="AccessTokenHandler"/>). Every answer is a value or a problem; the console
/// never shows raw JSON.
/// </summary>
public abstract class GatewayClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    protected async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    protected async Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body ?? new { }, Json, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    protected async Task<ApiResult> PostAsync(string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body ?? new { }, Json, cancellationToken);
        return response.IsSuccessStatusCode
            ? new ApiResult(null)
            : new ApiResult(await ApiProblem.ReadAsync(response, cancellationToken));
    }

    /// <summary>A file the API serves (an attachment): its bytes, type and name, read whole (the API limits files to 10 MB).</summary>
    protected async Task<ApiResult<DownloadedFile>> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ApiResult<DownloadedFile>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
        }
        var content = response.Content.Headers;
        var name = content.ContentDisposition?.FileNameStar ?? content.ContentDisposition?.FileName?.Trim('"') ?? "附件";
        return ApiResult<DownloadedFile>.Ok(new DownloadedFile(await response.Content.ReadAsByteArrayAsync(cancellationToken),
            content.ContentType?.ToString() ?? "application/octet-stream", name));
    }

    /// <summary>A file as <c>multipart/form-data</c> field <c>file</c>, read from <paramref name="content"/> as it is sent.</summary>
    protected async Task<ApiResult<T>> UploadAsync<T>(string path, Stream content, string fileName, string contentType,
        CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var response = await http.PostAsync(path, form, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    protected async Task<ApiResult<T>> PutAsync<T>(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(path, body, Json, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A file the API sends (a report), left open to be streamed on: the caller disposes it.</summary>
    protected async Task<ApiResult<StreamedFile>> StreamAsync(string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                return ApiResult<StreamedFile>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
            }
        }
        return ApiResult<StreamedFile>.Ok(await StreamedFile.OpenAsync(response, cancellationToken));
    }

    private static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return ApiResult<T>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
        }
        try
        {
            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            return value is null ? ApiResult<T>.Failed(ApiProblem.Plain(HttpStatusCode.BadGateway)) : ApiResult<T>.Ok(value);
        }
        catch (JsonException)
        {
            // An answer the console does not understand is the console's fault, shown as "try later", never as a crash.
            return ApiResult<T>.Failed(ApiProblem.Plain(HttpStatusCode.BadGateway));
        }
    }
}
