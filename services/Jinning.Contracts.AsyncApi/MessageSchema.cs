using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Jinning.Contracts.AsyncApi;

/// <summary>
/// The JSON Schema of one contract record as it travels: camelCase names, required where the record
/// says <c>required</c>, the allowed values of its string codes, and open to fields added later.
/// </summary>
public static class MessageSchema
{
    private static readonly SystemTextJsonSchemaGeneratorSettings Settings = new()
    {
        SerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web),
    };

    public static JsonObject Of(Type record)
    {
        var schema = JsonNode.Parse(JsonSchema.FromType(record, Settings).ToJson())!.AsObject();
        schema.Remove("$schema");
        // Receivers must ignore fields they do not know: V1 only ever grows.
        schema.Remove("additionalProperties");
        var properties = schema["properties"]!.AsObject();
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var node = properties[JsonNamingPolicy.CamelCase.ConvertName(property.Name)]!.AsObject();
            if (node["format"]?.GetValue<string>() == "guid")
            {
                node["format"] = "uuid";
            }
            if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                var values = allowed.Values.Select(v => (JsonNode?)JsonValue.Create((string?)v));
                var nullable = node["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
                node["enum"] = new JsonArray([.. nullable ? values.Append(null) : values]);
            }
        }
        return schema;
    }
}
