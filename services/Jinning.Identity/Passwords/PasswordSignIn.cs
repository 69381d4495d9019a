using Jinning.Identity.Accounts;
using Jinning.Identity.Data;
using Jinning.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Passwords;

/// <summary>The outcome of a user name and password: the account, or why not (in words a person may read).</summary>
public sealed record PasswordSignInResult(Account? Account, string? Refusal)
{
    public bool Succeeded => Account is not null;
}

/// <summary>
/// Checks a user name and password the same way for the password grant and the login page. Wrong
/// passwords lock the (account, client address) pair (<see cref="SignInThrottle"/>) and slow the
/// account as a whole for seconds (<see cref="AccountSlowdown"/>), so a stranger who knows a
/// certificate number cannot lock its supervisor out. An unknown user, a wrong password and a
/// disabled account get the same answer.
/// </summary>
public sealed class PasswordSignIn(IdentityDbContext db, TimeProvider time)
{
    public const string LockedOutMessage = "连续多次密码错误，账户已临时锁定，请稍后再试。";
    public const string SlowDownMessage = "该账户近期密码错误次数较多，请稍等几秒后再试。";
    public const string RefusedMessage = "用户名或密码不正确。";

    public async Task<PasswordSignInResult> CheckAsync(string? userName, string? password, string address,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = string.IsNullOrEmpty(userName) || userName.Length > 64 || userName.Contains('\0')
            ? null
            : await db.Accounts.FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return new PasswordSignInResult(null, RefusedMessage);
        }
        var pair = await db.SignInThrottles.FirstOrDefaultAsync(t => t.AccountId == account.Id && t.Address == address, cancellationToken);
        if (pair is not null && pair.IsLockedOut(now))
        {
            return new PasswordSignInResult(null, LockedOutMessage);
        }
        if (account.IsLockedOut(now))
        {
            return new PasswordSignInResult(null, SlowDownMessage);
        }
        if (account.PasswordHash is null || !SecretHasher.Verify(password ?? "", account.PasswordHash))
        {
            var lockedOut = await RecordFailureAsync(account, pair, address, now, cancellationToken);
            return new PasswordSignInResult(null, lockedOut ? LockedOutMessage : RefusedMessage);
        }

        account.RecordSuccessfulSignIn();
        if (pair is not null)
        {
            db.SignInThrottles.Remove(pair);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new PasswordSignInResult(account, null);
    }

    /// <summary>
    /// Counts a wrong password on the account and on the account-address pair. Two wrong passwords for one account at once
    /// both count: the save that loses the account's row-version race reads again and counts on top of the other.
    /// </summary>
    /// <returns>Whether the pair is now locked out.</returns>
    private async Task<bool> RecordFailureAsync(Account account, SignInThrottle? pair, string address, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (pair is null)
            {
                pair = new SignInThrottle { AccountId = account.Id, Address = address };
                db.SignInThrottles.Add(pair);
            }
            pair.RecordFailure(now);
            account.RecordFailedSignIn(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return pair.IsLockedOut(now);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                var accountId = account.Id;
                account = await db.Accounts.SingleAsync(a => a.Id == accountId, cancellationToken);
                pair = await db.SignInThrottles.FirstOrDefaultAsync(t => t.AccountId == accountId && t.Address == address,
                    cancellationToken);
            }
        }
    }
}
