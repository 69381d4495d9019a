using Jinning.Notification.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Webhooks;

/// <summary>
/// Secrets registered before they were encrypted are encrypted at the first start that can (after the migration). Two
/// instances starting together race for the same rows: the one whose save loses (row version) reads again and finds
/// those already protected.
/// </summary>
public static class WebhookSecretMigration
{
    public static async Task ProtectPlainSecretsAsync(NotificationDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var secrets = services.GetRequiredService<WebhookSecrets>();
        for (var attempt = 1; ; attempt++)
        {
            var plain = await db.WebhookEndpoints.Where(e => !e.SecretProtected).ToListAsync(cancellationToken);
            foreach (var endpoint in plain)
            {
                endpoint.Secret = secrets.Protect(endpoint.Secret);
                endpoint.SecretProtected = true;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
