using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Jinning.Messaging.Outbox;

/// <summary>
/// Degraded when the oldest unsent message has waited longer than <see cref="OutboxOptions.DegradedAfter"/>
/// (the broker is down or refusing, or the dispatcher is stuck) or when dead messages wait for an operator.
/// </summary>
public sealed class OutboxHealthCheck(OutboxBacklog backlog, IOptions<OutboxOptions> options, TimeProvider time) : IHealthCheck
{
    public const string Name = "outbox";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (backlog.Current is not { } snapshot)
        {
            return Task.FromResult(HealthCheckResult.Healthy("outbox not measured yet"));
        }
        var age = snapshot.OldestUnsentAge(time.GetUtcNow());
        var data = new Dictionary<string, object>
        {
            ["pending"] = snapshot.Pending,
            ["oldestUnsentSeconds"] = Math.Round(age.TotalSeconds),
            ["dead"] = snapshot.Dead,
        };
        var reasons = new List<string>();
        var limit = options.Value.DegradedAfter;
        if (snapshot.Pending > 0 && age > limit)
        {
            reasons.Add($"oldest unsent message has waited {age.TotalSeconds:0}s (limit {limit.TotalSeconds:0}s); {snapshot.Pending} pending");
        }
        if (snapshot.Dead > 0)
        {
            reasons.Add($"{snapshot.Dead} dead message(s) can never be published and wait for an operator");
        }
        return Task.FromResult(reasons.Count > 0
            ? HealthCheckResult.Degraded(string.Join("; ", reasons), data: data)
            : HealthCheckResult.Healthy($"{snapshot.Pending} pending", data));
    }
}
