using System.Net.Http.Json;
using System.Text.Json;

namespace Jinning.DemoData.Gateway;

/// <summary>An RFC 7807 answer of a service: its type, its Chinese title and detail, and the fields it refused.</summary>
public sealed record Problem(string? Type, string? Title, string? Detail, Dictionary<string, string[]>? Errors)
{
    public static async Task<Problem?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<Problem>(GatewayClient.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string Describe()
    {
        var fields = Errors is { Count: > 0 } errors
            ? " " + string.Join("；", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
            : "";
        return $"{Title}{(Detail is null ? "" : "：" + Detail)}{fields}";
    }
}
