using System.Text.Json;

namespace Jinning.Fuzz.Tests;

/// <summary>A field of a request (path, query or JSON body) and what the document says it is.</summary>
public sealed record Field(string Name, string Type, string? Format, IReadOnlyList<string> Enum);

/// <summary>One route of one service, as its OpenAPI document describes it.</summary>
public sealed record Operation(string Service, string Method, string Path, IReadOnlyList<Field> PathFields,
    IReadOnlyList<Field> QueryFields, IReadOnlyList<Field> BodyFields, string? BodyContentType)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Reads every service's OpenAPI document through the gateway (<c>/docs/{service}/openapi.json</c>).</summary>
public static class ApiOperations
{
    public static readonly string[] Services = ["identity", "roster", "ticketing", "notification", "reporting"];

    public static async Task<List<Operation>> ReadAsync(HttpClient gateway)
    {
        var operations = new List<Operation>();
        foreach (var service in Services)
        {
            var document = JsonDocument.Parse(await gateway.GetStringAsync($"/docs/{service}/openapi.json")).RootElement;
            var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var s)
                ? s : default;
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
                {
                    operations.Add(Read(service, path.Name, operation, schemas));
                }
            }
        }
        // Not in any document, but public and hostile input reaches it first.
        operations.Add(new Operation("identity", "POST", "/account/login", [], [new("returnUrl", "string", null, [])],
            [new("UserName", "string", null, []), new("Password", "string", null, [])], "application/x-www-form-urlencoded"));
        return operations;
    }

    private static Operation Read(string service, string path, JsonProperty operation, JsonElement schemas)
    {
        var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
        Field FieldOf(JsonElement parameter) => ToField(parameter.GetProperty("name").GetString()!,
            parameter.TryGetProperty("schema", out var schema) ? schema : default, schemas);
        var body = new List<Field>();
        string? contentType = null;
        if (operation.Value.TryGetProperty("requestBody", out var requestBody) && requestBody.TryGetProperty("content", out var content))
        {
            var first = content.EnumerateObject().First();
            contentType = first.Name;
            var schema = Resolve(first.Value.TryGetProperty("schema", out var s) ? s : default, schemas);
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
            {
                body.AddRange(properties.EnumerateObject().Select(p => ToField(p.Name, p.Value, schemas)));
            }
        }
        return new Operation(service, operation.Name.ToUpperInvariant(), path,
            parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(FieldOf).ToList(),
            parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(FieldOf).ToList(),
            body, contentType);
    }

    private static Field ToField(string name, JsonElement schema, JsonElement schemas)
    {
        schema = Resolve(schema, schemas);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return new Field(name, "string", null, []);
        }
        var type = schema.TryGetProperty("type", out var t) ? TypeName(t) : "string";
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var values = schema.TryGetProperty("enum", out var e) ? e.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!).ToList() : [];
        return new Field(name, type, format, values);
    }

    /// <summary>OpenAPI 3.1 types may be lists (<c>["string", "null"]</c>): the first that is not null.</summary>
    private static string TypeName(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Select(v => v.GetString()).FirstOrDefault(v => v != "null") ?? "string"
        : type.GetString() ?? "string";

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var depth = 0; depth < 5 && schema.ValueKind == JsonValueKind.Object && schemas.ValueKind == JsonValueKind.Object; depth++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/').Last();
                if (!schemas.TryGetProperty(name, out schema))
                {
                    return default;
                }
                continue;
            }
            if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                schema = oneOf.EnumerateArray().FirstOrDefault(s => !(s.TryGetProperty("type", out var t) && t.GetString() == "null"));
                continue;
            }
            break;
        }
        return schema;
    }
}
