namespace Jinning.Notification.Webhooks;

/// <summary><c>Notification:Webhooks</c>: where webhooks may go.</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7) and link-local addresses are refused
    /// unless this is set: a registered URL must never reach the platform's own services or the
    /// network behind it. Tests that run a receiver on this machine set it, nothing else should.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
