using System.Text.Json;

namespace Jinning.Gateway.Health;

/// <summary>
/// One service's health as the gateway saw it: <c>Healthy</c>, <c>Degraded</c>, <c>Unhealthy</c> or <c>Unreachable</c>,
/// with the reasons (each failing check, <c>name: description</c>) and the service's own report.
/// </summary>
public sealed record ServiceHealth(string Status, IReadOnlyList<string> Reasons, JsonElement? Detail, string? Error)
{
    public const string Healthy = "Healthy";
    public const string Degraded = "Degraded";
    public const string Unhealthy = "Unhealthy";
    public const string UnreachableStatus = "Unreachable";

    public static ServiceHealth Unreachable(string error) => new(UnreachableStatus, [error], null, error);

    /// <summary>The status the service reported in its JSON, else what its HTTP status says.</summary>
    public static ServiceHealth FromReport(bool successStatusCode, JsonElement? detail)
    {
        var reported = detail is { ValueKind: JsonValueKind.Object } body
            && body.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                ? status.GetString()
                : null;
        var known = reported is Healthy or Degraded or Unhealthy ? reported! : successStatusCode ? Healthy : Unhealthy;
        // A 503 is unhealthy whatever the body claims.
        var effective = successStatusCode ? known : Unhealthy;
        return new ServiceHealth(effective, ReasonsIn(detail), detail, null);
    }

    private static List<string> ReasonsIn(JsonElement? detail)
    {
        var reasons = new List<string>();
        if (detail is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("checks", out var checks) || checks.ValueKind != JsonValueKind.Object)
        {
            return reasons;
        }
        foreach (var check in checks.EnumerateObject())
        {
            var status = check.Value.ValueKind == JsonValueKind.Object && check.Value.TryGetProperty("status", out var s) ? s.GetString() : null;
            if (status is null or Healthy)
            {
                continue;
            }
            var description = check.Value.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            reasons.Add(description is null ? $"{check.Name}: {status}" : $"{check.Name}: {description}");
        }
        return reasons;
    }
}

/// <summary>
/// The platform's health: Unhealthy when any service is Unhealthy or Unreachable, Degraded when any is Degraded,
/// else Healthy.
/// </summary>
public sealed record AggregatedHealth(string Status, IReadOnlyDictionary<string, ServiceHealth> Services)
{
    /// <summary>Answered with 200 (the platform serves, perhaps slowly); only Unhealthy answers 503.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Serving => Status != ServiceHealth.Unhealthy;

    public static AggregatedHealth Of(IReadOnlyDictionary<string, ServiceHealth> services)
    {
        var statuses = services.Values.Select(service => service.Status).ToList();
        var status = statuses.Any(s => s is ServiceHealth.Unhealthy or ServiceHealth.UnreachableStatus) ? ServiceHealth.Unhealthy
            : statuses.Contains(ServiceHealth.Degraded) ? ServiceHealth.Degraded
            : ServiceHealth.Healthy;
        return new AggregatedHealth(status, services);
    }
}
