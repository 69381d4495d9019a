using System.Text;
using CsCheck;

namespace Jinning.Fuzz.Tests;

/// <summary>One hostile request: a route, who sends it, what is wrong with it, and the values that make it so.</summary>
public sealed record Hostile(Operation Operation, int Role, AttackKind Kind, string Value, (string Name, string Value)[] Headers, int Field)
{
    public override string ToString() =>
        $"{Kind} as {FuzzPlatform.RoleNames[Role]}: {Operation} field #{Field} value {Shorten(Value)} headers {Headers.Length}";

    private static string Shorten(string value) =>
        System.Text.Json.JsonSerializer.Serialize(value.Length > 60 ? value[..60] + $"…({value.Length})" : value);
}

/// <summary>Turns a <see cref="Hostile"/> into an HTTP request, everything else about it well-formed.</summary>
public static class HostileRequests
{
    public static Gen<Hostile> For(Operation operation, int role, AttackKind kind)
    {
        var value = kind switch
        {
            AttackKind.MalformedJson => HostileInput.MalformedJson,
            AttackKind.ControlCharacters => HostileInput.ControlText,
            AttackKind.HugeValues => Gen.OneOf<string>(HostileInput.HugeText, HostileInput.HugeNumber),
            AttackKind.InvalidDates => HostileInput.InvalidDate,
            AttackKind.UnknownEnums => HostileInput.UnknownEnum,
            AttackKind.PathTraversal => HostileInput.Traversal,
            AttackKind.WrongContentType => HostileInput.ContentType,
            AttackKind.WrongTypes => Gen.OneOf<string>(HostileInput.WrongType("string"), HostileInput.WrongType("integer"),
                HostileInput.WrongType("array")),
            _ => Gen.Const(""),
        };
        var headers = kind == AttackKind.OversizedHeaders ? HostileInput.OversizedHeaders : Gen.Const(Array.Empty<(string, string)>());
        return Gen.Select(value, headers, Gen.Int[0, 1000], (v, h, field) => new Hostile(operation, role, kind, v, h, field));
    }

    public static HttpRequestMessage Build(Hostile hostile, string? token)
    {
        var operation = hostile.Operation;
        var fields = operation.PathFields.Concat(operation.QueryFields).Concat(operation.BodyFields).ToList();
        // The field the attack aims at (when it aims at one): picked among all of the route's fields.
        var target = fields.Count == 0 ? null : fields[hostile.Field % fields.Count];
        var path = operation.Path;
        foreach (var field in operation.PathFields)
        {
            var aimed = field == target || hostile.Kind == AttackKind.PathTraversal;
            var raw = aimed && hostile.Kind is not (AttackKind.MalformedJson or AttackKind.WrongContentType or AttackKind.OversizedHeaders)
                ? hostile.Value : ValidValue(field);
            // Traversal goes in raw (its own escapes are the point); everything else is escaped as a client would.
            var segment = hostile.Kind == AttackKind.PathTraversal ? raw : Uri.EscapeDataString(raw);
            path = path.Replace("{" + field.Name + "}", segment, StringComparison.Ordinal)
                .Replace("{" + field.Name + ":guid}", segment, StringComparison.Ordinal);
        }
        var query = string.Join("&", operation.QueryFields.Select(field =>
            $"{Uri.EscapeDataString(field.Name)}={Uri.EscapeDataString(field == target && Aims(hostile.Kind) ? hostile.Value : ValidValue(field))}"));
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), query.Length > 0 ? $"{path}?{query}" : path);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        }
        foreach (var (name, value) in hostile.Headers)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (operation.Method is "POST" or "PUT" or "PATCH" || hostile.Kind is AttackKind.MalformedJson or AttackKind.WrongContentType)
        {
            request.Content = Body(hostile, target);
        }
        return request;
    }

    private static bool Aims(AttackKind kind) => kind is AttackKind.ControlCharacters or AttackKind.HugeValues or AttackKind.InvalidDates
        or AttackKind.UnknownEnums or AttackKind.WrongTypes;

    private static HttpContent Body(Hostile hostile, Field? target)
    {
        var operation = hostile.Operation;
        var form = operation.BodyContentType == "application/x-www-form-urlencoded";
        if (hostile.Kind == AttackKind.MalformedJson)
        {
            return new StringContent(hostile.Value, Encoding.UTF8, form ? "application/x-www-form-urlencoded" : "application/json");
        }
        if (form)
        {
            return new FormUrlEncodedContent(operation.BodyFields.Select(field =>
                KeyValuePair.Create(field.Name, field == target && Aims(hostile.Kind) ? hostile.Value : ValidValue(field))));
        }
        var members = operation.BodyFields.Select(field =>
        {
            var json = field == target && Aims(hostile.Kind)
                ? hostile.Kind == AttackKind.WrongTypes || hostile.Kind == AttackKind.HugeValues && IsNumber(hostile.Value)
                    ? hostile.Value
                    : System.Text.Json.JsonSerializer.Serialize(hostile.Value)
                : ValidJson(field);
            return $"{System.Text.Json.JsonSerializer.Serialize(field.Name)}:{json}";
        });
        var body = "{" + string.Join(",", members) + "}";
        var contentType = hostile.Kind == AttackKind.WrongContentType ? hostile.Value : "application/json";
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static bool IsNumber(string value) => value.Length > 0 && (char.IsDigit(value[0]) || value[0] == '-') && !value.Contains('_');

    private static string ValidValue(Field field) => field switch
    {
        { Enum.Count: > 0 } => field.Enum[0],
        { Format: "uuid" } => Guid.NewGuid().ToString(),
        { Format: "date-time" } => "2026-11-27T10:00:00+08:00",
        { Format: "date" } => "2026-11-27",
        { Type: "integer" } => field.Name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026" : "1",
        { Type: "number" } => "1.5",
        { Type: "boolean" } => "true",
        _ when field.Name.Contains("period", StringComparison.OrdinalIgnoreCase) => "2026-H2",
        _ => "测试",
    };

    private static string ValidJson(Field field) => field.Type switch
    {
        "integer" or "number" or "boolean" when field.Enum.Count == 0 && field.Format is null or "int32" or "int64" or "double" =>
            ValidValue(field),
        "array" => "[]",
        "object" => "{}",
        _ => System.Text.Json.JsonSerializer.Serialize(ValidValue(field)),
    };
}
