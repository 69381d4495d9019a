using System.Text.Json.Nodes;

namespace Jinning.Contracts.AsyncApi;

/// <summary>Replaces each local <c>$ref</c> by a copy of what it points to, so a plain JSON Schema validator can use the result.</summary>
internal static class SchemaInliner
{
    public static JsonObject Inline(JsonObject document, JsonNode schema) => (JsonObject)Resolve(document, schema)!;

    private static JsonNode? Resolve(JsonObject document, JsonNode? node) => node switch
    {
        JsonObject { Count: 1 } reference when reference["$ref"] is JsonValue pointer =>
            Resolve(document, Find(document, pointer.GetValue<string>()).DeepClone()),
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Resolve(document, p.Value?.DeepClone())))),
        JsonArray array => new JsonArray([.. array.Select(item => Resolve(document, item?.DeepClone()))]),
        _ => node?.DeepClone(),
    };

    private static JsonNode Find(JsonObject document, string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local references are used: {pointer}");
        }
        JsonNode current = document;
        foreach (var segment in pointer[2..].Split('/'))
        {
            current = current[segment.Replace("~1", "/").Replace("~0", "~")]
                ?? throw new InvalidOperationException($"Dangling reference {pointer}");
        }
        return current;
    }
}
