using Jinning.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Persistence.Revocation;

/// <summary>
/// Looks revocations up in the service's own table, caching each subject for a moment so a burst
/// of requests costs one query. Several instances of a service share the table, so a revocation
/// consumed by one instance holds in all of them.
/// </summary>
public sealed class DatabaseSignInRevocations(IServiceScopeFactory scopes, IMemoryCache cache) : ISignInRevocations
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);

    public async ValueTask<bool> IsRevokedAsync(string subject, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        var revokedAt = await cache.GetOrCreateAsync($"revoked-sign-in:{subject}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IServiceDbContext>();
            return await db.RevokedSignIns.AsNoTracking()
                .Where(r => r.Subject == subject)
                .Select(r => (DateTimeOffset?)r.RevokedAt)
                .FirstOrDefaultAsync(cancellationToken);
        });
        // iat has whole seconds: a token issued in the same second as the revocation is refused too.
        return revokedAt is { } at && issuedAt <= at;
    }
}
