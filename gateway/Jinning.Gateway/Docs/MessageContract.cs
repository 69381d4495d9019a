using System.Text.Json;
using Jinning.Contracts.AsyncApi;

namespace Jinning.Gateway.Docs;

/// <summary>The AsyncAPI document of what department systems consume, generated once from the V1 records.</summary>
public static class MessageContract
{
    public const string Path = "/docs/asyncapi.json";

    private static readonly Lazy<string> Json = new(() =>
        DepartmentContract.Document().ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));

    public static void MapMessageContract(this WebApplication app) =>
        app.MapGet(Path, () => Results.Text(Json.Value, "application/json; charset=utf-8")).ExcludeFromDescription();
}
