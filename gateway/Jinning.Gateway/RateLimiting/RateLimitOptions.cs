namespace Jinning.Gateway.RateLimiting;

/// <summary>
/// Request budgets, each per <see cref="Window"/>: per signed-in user where the request carries a valid
/// token, per client address otherwise. Set from the AppHost (<c>Jinning:RateLimits</c>), so a load test can raise them.
/// </summary>
public sealed class RateLimitOptions
{
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Every API request. The web console's pages, assets and live connection are not counted.</summary>
    public int General { get; set; } = 600;
    /// <summary><c>/connect/token</c> and the login page's POST: slows password guessing on top of identity's own checks.</summary>
    public int Token { get; set; } = 20;
    /// <summary>Anonymous POSTs under <c>/api/public</c> (public complaints).</summary>
    public int PublicPost { get; set; } = 5;
}
