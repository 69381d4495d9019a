namespace Jinning.Gateway.Limits;

public sealed class RequestLimits
{
    /// <summary>Largest request body accepted (attachments included); larger ones get 413 before reaching a service.</summary>
    public long MaxRequestBodyBytes { get; set; } = 20 * 1024 * 1024;
}
