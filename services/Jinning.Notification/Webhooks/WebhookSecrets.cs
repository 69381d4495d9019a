using Microsoft.AspNetCore.DataProtection;

namespace Jinning.Notification.Webhooks;

/// <summary>
/// Webhook signing secrets are kept encrypted with Data Protection, whose keys live in the service's
/// own database (<c>data_protection_keys</c>): a copy of the webhook table alone reveals no secret.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Jinning.Notification.WebhookSecrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
