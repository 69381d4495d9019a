using Jinning.Notification.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Webhooks;

/// <summary>Secrets registered before they were encrypted are encrypted at the first start that can (after the migration).</summary>
public static class WebhookSecretMigration
{
    public static async Task ProtectPlainSecretsAsync(NotificationDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var secrets = services.GetRequiredService<WebhookSecrets>();
        var plain = await db.WebhookEndpoints.Where(e => !e.SecretProtected).ToListAsync(cancellationToken);
        foreach (var endpoint in plain)
        {
            endpoint.Secret = secrets.Protect(endpoint.Secret);
            endpoint.SecretProtected = true;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
