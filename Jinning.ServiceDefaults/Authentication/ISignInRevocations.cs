namespace Jinning.ServiceDefaults.Authentication;

/// <summary>
/// Access tokens are self-contained; this is how a service learns that a sign-in was disabled
/// (term ended, dismissed, account disabled or reset) before its tokens expire.
/// </summary>
public interface ISignInRevocations
{
    /// <returns>true when tokens of <paramref name="subject"/> issued at <paramref name="issuedAt"/> no longer count.</returns>
    ValueTask<bool> IsRevokedAsync(string subject, DateTimeOffset issuedAt, CancellationToken cancellationToken);
}

internal sealed class NoSignInRevocations : ISignInRevocations
{
    public ValueTask<bool> IsRevokedAsync(string subject, DateTimeOffset issuedAt, CancellationToken cancellationToken) => ValueTask.FromResult(false);
}
