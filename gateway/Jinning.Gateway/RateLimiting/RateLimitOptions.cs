namespace Jinning.Gateway.RateLimiting;

/// <summary>Per-client-address request budgets, each per <see cref="Window"/>.</summary>
public sealed class RateLimitOptions
{
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Every request through the gateway.</summary>
    public int General { get; set; } = 600;
    /// <summary><c>/connect/token</c>: slows password guessing on top of the identity service's lockout.</summary>
    public int Token { get; set; } = 20;
    /// <summary>Anonymous POSTs under <c>/api/public</c> (public complaints).</summary>
    public int PublicPost { get; set; } = 5;
}
