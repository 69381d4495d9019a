namespace Jinning.Identity.Passwords;

/// <summary>
/// The account-wide brake on guessing from many addresses: after <see cref="FreeFailures"/> wrong
/// passwords in a row from anywhere, each further one makes the account wait before the next try,
/// doubling up to <see cref="MaxWait"/>. Never longer: the owner at a new address waits seconds, not
/// a lockout, while a guesser spread over many addresses gets a couple of tries a minute.
/// </summary>
public static class AccountSlowdown
{
    public const int FreeFailures = 10;
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
    /// <summary>Failures this long ago no longer count towards the brake.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    public static TimeSpan WaitAfter(int failuresInARow)
    {
        if (failuresInARow < FreeFailures)
        {
            return TimeSpan.Zero;
        }
        var seconds = Math.Pow(2, Math.Min(failuresInARow - FreeFailures, 10));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxWait.TotalSeconds));
    }
}
