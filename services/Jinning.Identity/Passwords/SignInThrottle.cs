using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Identity.Passwords;

/// <summary>
/// Wrong passwords for one account from one client address. Five in a row lock that pair for a
/// while: the one guessing waits, the owner signing in from anywhere else does not. User names are
/// certificate numbers the public roster publishes, so a lock on the account itself would let any
/// stranger shut any supervisor out; the account as a whole is only slowed (<see cref="AccountSlowdown"/>).
/// </summary>
public sealed class SignInThrottle
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public Guid AccountId { get; init; }
    public required string Address { get; init; }
    public int Failures { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset LastFailureAt { get; private set; }

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    /// <summary>Counts a wrong password; the fifth in a row (within the lockout's span) locks this pair.</summary>
    public void RecordFailure(DateTimeOffset now)
    {
        if (LastFailureAt < now - Lockout)
        {
            Failures = 0;
        }
        Failures++;
        LastFailureAt = now;
        if (Failures >= MaxFailures)
        {
            LockedUntil = now + Lockout;
            Failures = 0;
        }
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.HasKey(t => new { t.AccountId, t.Address });
        builder.Property(t => t.Address).HasMaxLength(64);
        builder.HasIndex(t => t.LastFailureAt);
    }
}
