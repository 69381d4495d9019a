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
/// Checks a user name and password the same way for the password grant and the login page: a locked
/// account waits, a wrong password counts towards the lockout, and an unknown user, a wrong password
/// and a disabled account get the same answer.
/// </summary>
public sealed class PasswordSignIn(IdentityDbContext db, TimeProvider time)
{
    public const string LockedOutMessage = "连续多次密码错误，账户已临时锁定，请稍后再试。";
    public const string RefusedMessage = "用户名或密码不正确。";

    public async Task<PasswordSignInResult> CheckAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = string.IsNullOrEmpty(userName) || userName.Length > 64 || userName.Contains('\0')
            ? null
            : await db.Accounts.FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        if (account is { IsDisabled: false } && account.IsLockedOut(now))
        {
            return new PasswordSignInResult(null, LockedOutMessage);
        }
        if (account is null || account.IsDisabled || account.PasswordHash is null
            || !SecretHasher.Verify(password ?? "", account.PasswordHash))
        {
            if (account is { IsDisabled: false })
            {
                account.RecordFailedSignIn(now);
                await db.SaveChangesAsync(cancellationToken);
            }
            return new PasswordSignInResult(null, RefusedMessage);
        }

        account.RecordSuccessfulSignIn();
        await db.SaveChangesAsync(cancellationToken);
        return new PasswordSignInResult(account, null);
    }
}
