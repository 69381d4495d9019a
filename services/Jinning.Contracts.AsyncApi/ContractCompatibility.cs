using System.Text.Json.Nodes;

namespace Jinning.Contracts.AsyncApi;

/// <summary>
/// What a subscriber written against the committed contract would trip over in a newer one: a channel,
/// message, schema or field gone, a field no longer required, a type or format changed, an allowed value
/// withdrawn. Added fields, values and messages are not breaking: receivers ignore what they do not know.
/// </summary>
public static class ContractCompatibility
{
    public static IReadOnlyList<string> BreakingChanges(JsonObject committed, JsonObject current)
    {
        var breaks = new List<string>();
        foreach (var section in new[] { "channels", "operations", "components/messages" })
        {
            foreach (var name in Names(At(committed, section)).Except(Names(At(current, section))))
            {
                breaks.Add($"{section}/{name} 被删除");
            }
        }
        foreach (var channel in Names(At(committed, "channels")).Intersect(Names(At(current, "channels"))))
        {
            var before = At(committed, $"channels/{channel}")["address"]?.ToJsonString();
            var after = At(current, $"channels/{channel}")["address"]?.ToJsonString();
            if (before != after)
            {
                breaks.Add($"channels/{channel} 的地址由 {before} 改为 {after}");
            }
        }
        var schemasBefore = At(committed, "components/schemas");
        var schemasAfter = At(current, "components/schemas");
        foreach (var name in Names(schemasBefore))
        {
            if (schemasAfter[name] is not JsonObject after)
            {
                breaks.Add($"schemas/{name} 被删除");
                continue;
            }
            CompareObject($"schemas/{name}", schemasBefore[name]!.AsObject(), after, breaks);
        }
        return breaks;
    }

    private static void CompareObject(string path, JsonObject before, JsonObject after, List<string> breaks)
    {
        var requiredAfter = Strings(after["required"]);
        foreach (var field in Strings(before["required"]).Except(requiredAfter))
        {
            breaks.Add($"{path}.{field} 不再必填");
        }
        var propertiesAfter = after["properties"] as JsonObject ?? [];
        foreach (var (field, property) in before["properties"] as JsonObject ?? [])
        {
            if (propertiesAfter[field] is not JsonObject now)
            {
                breaks.Add($"{path}.{field} 被删除或改名");
                continue;
            }
            CompareField($"{path}.{field}", property!.AsObject(), now, breaks);
        }
    }

    private static void CompareField(string path, JsonObject before, JsonObject after, List<string> breaks)
    {
        var typesAfter = Strings(after["type"]);
        var lost = Strings(before["type"]).Except(typesAfter).ToList();
        // A field that may no longer be null is narrower for the producer, not for the receiver.
        if (lost.Except(["null"]).Any())
        {
            breaks.Add($"{path} 的类型由 {before["type"]?.ToJsonString()} 改为 {after["type"]?.ToJsonString()}");
        }
        if (before["format"]?.ToJsonString() != after["format"]?.ToJsonString())
        {
            breaks.Add($"{path} 的格式由 {before["format"]} 改为 {after["format"]}");
        }
        if (before["enum"] is JsonArray valuesBefore)
        {
            var valuesAfter = after["enum"] is JsonArray values ? Texts(values) : null;
            var withdrawn = valuesAfter is null ? [] : Texts(valuesBefore).Except(valuesAfter).ToList();
            if (withdrawn.Count > 0)
            {
                breaks.Add($"{path} 不再使用取值 {string.Join("、", withdrawn)}");
            }
        }
        if (before["items"] is JsonObject itemsBefore && after["items"] is JsonObject itemsAfter)
        {
            CompareField($"{path}[]", itemsBefore, itemsAfter, breaks);
        }
        if (before["properties"] is JsonObject)
        {
            CompareObject(path, before, after, breaks);
        }
    }

    private static JsonObject At(JsonObject document, string path) =>
        path.Split('/').Aggregate((JsonNode?)document, (node, segment) => node?[segment]) as JsonObject ?? [];

    private static IEnumerable<string> Names(JsonObject section) => section.Select(p => p.Key);

    private static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => Texts(array),
        JsonValue value => [value.GetValue<string>()],
        _ => [],
    };

    private static IReadOnlyList<string> Texts(JsonArray array) => [.. array.Select(v => v?.ToJsonString() ?? "null").Select(Unquote)];

    private static string Unquote(string json) => json.Length >= 2 && json[0] == '"' ? json[1..^1] : json;
}
