using System.Collections.Concurrent;
using Jinning.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jinning.Web.Sessions;

/// <summary>The tokens of one sign-in, as the identity service issued them.</summary>
public sealed record SessionTokens(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);

/// <summary>
/// Keeps each signed-in person's tokens server-side (backend for frontend) and hands out an access
/// token that is good for a while yet, refreshing it shortly before it expires. A session whose
/// refresh is refused (account disabled, sign-in revoked) ends here, and the person must sign in again.
/// A page's components call the API at the same time, so every database use has a context of its own,
/// and a token in use is kept in memory until it is due for refresh.
/// </summary>
public sealed class SessionStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, IMemoryCache cache, TimeProvider time,
    ILogger<SessionStore> logger)
{
    /// <summary>Refresh at most this long before expiry, so a token never runs out between check and use.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(2);
    /// <summary>How long "this session exists" is believed without asking the database again (another instance may end it).</summary>
    private static readonly TimeSpan ActiveFor = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _refreshing = new();
    private readonly IDataProtector _protector = protection.CreateProtector("Jinning.Web.Sessions.Tokens");

    public async Task<Guid> StartAsync(string subject, SessionTokens tokens, CancellationToken cancellationToken)
    {
        var session = new ConsoleSession
        {
            Id = Guid.CreateVersion7(),
            Subject = subject,
            ProtectedAccessToken = _protector.Protect(tokens.AccessToken),
            ProtectedRefreshToken = Protect(tokens.RefreshToken),
            AccessTokenExpiresAt = tokens.ExpiresAt,
            RefreshAt = RefreshTime(tokens.ExpiresAt),
            CreatedAt = time.GetUtcNow(),
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        db.ConsoleSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    public async Task<bool> IsActiveAsync(Guid id, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(ActiveKey(id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ActiveFor;
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WebDbContext>().ConsoleSessions.AsNoTracking()
                .AnyAsync(s => s.Id == id, cancellationToken);
        });

    /// <summary>An access token to call the gateway with, or null when the session has ended.</summary>
    public async Task<string?> AccessTokenAsync(Guid id, string? clientAddress, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(TokenKey(id), out string? cached))
        {
            return cached;
        }
        var gate = _refreshing.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another call may have fetched or refreshed it while this one waited.
            if (cache.TryGetValue(TokenKey(id), out cached))
            {
                return cached;
            }
            return await LoadOrRefreshAsync(id, clientAddress, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task EndAsync(Guid id, CancellationToken cancellationToken)
    {
        cache.Remove(TokenKey(id));
        cache.Remove(ActiveKey(id));
        _refreshing.TryRemove(id, out _);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var session = await db.ConsoleSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return;
        }
        db.ConsoleSessions.Remove(session);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string?> LoadOrRefreshAsync(Guid id, string? clientAddress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var session = await db.ConsoleSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (session.RefreshAt > now)
        {
            return Remember(id, _protector.Unprotect(session.ProtectedAccessToken), session.RefreshAt);
        }

        var tokens = scope.ServiceProvider.GetRequiredService<TokenClient>();
        var refreshed = Unprotect(session.ProtectedRefreshToken) is { } refreshToken
            ? await tokens.RefreshAsync(refreshToken, clientAddress, cancellationToken)
            : null;
        if (refreshed is null)
        {
            logger.LogInformation("Console session {SessionId} ended: its refresh was refused", id);
            db.ConsoleSessions.Remove(session);
            await db.SaveChangesAsync(cancellationToken);
            cache.Remove(ActiveKey(id));
            return null;
        }

        session.ProtectedAccessToken = _protector.Protect(refreshed.AccessToken);
        session.ProtectedRefreshToken = Protect(refreshed.RefreshToken ?? Unprotect(session.ProtectedRefreshToken));
        session.AccessTokenExpiresAt = refreshed.ExpiresAt;
        session.RefreshAt = RefreshTime(refreshed.ExpiresAt);
        session.RefreshedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return Remember(id, refreshed.AccessToken, session.RefreshAt);
    }

    private string Remember(Guid id, string accessToken, DateTimeOffset refreshAt)
    {
        cache.Set(TokenKey(id), accessToken, refreshAt);
        return accessToken;
    }

    private DateTimeOffset RefreshTime(DateTimeOffset expiresAt)
    {
        var lifetime = expiresAt - time.GetUtcNow();
        return expiresAt - TimeSpan.FromTicks(Math.Min(RefreshAhead.Ticks, lifetime.Ticks / 4));
    }

    private static string TokenKey(Guid id) => $"console-session-token:{id}";

    private static string ActiveKey(Guid id) => $"console-session-active:{id}";

    private string? Protect(string? value) => value is null ? null : _protector.Protect(value);

    private string? Unprotect(string? value) => value is null ? null : _protector.Unprotect(value);
}
