using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Identity.SignIns;

/// <summary>A supervisor's sign-in: created on appointment, activated with the one-time code, disabled when the term ends.</summary>
public sealed class SupervisorSignIn
{
    public Guid SupervisorId { get; init; }
    /// <summary>The certificate number is the user name.</summary>
    public required string UserName { get; init; }
    public string? ActivationCodeHash { get; private set; }
    public string? PasswordHash { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }
    public string? DisabledReason { get; private set; }

    public bool CanActivate => DisabledAt is null && ActivationCodeHash is not null;

    public void Activate(string passwordHash, DateTimeOffset now)
    {
        PasswordHash = passwordHash;
        ActivationCodeHash = null;
        ActivatedAt = now;
    }

    public void Disable(string reason, DateTimeOffset now)
    {
        if (DisabledAt is not null)
        {
            return;
        }
        DisabledAt = now;
        DisabledReason = reason;
        ActivationCodeHash = null;
    }

    public static SupervisorSignIn Create(Guid supervisorId, string certificateNumber, string? activationCodeHash) => new()
    {
        SupervisorId = supervisorId,
        UserName = certificateNumber,
        ActivationCodeHash = activationCodeHash,
    };
}

internal sealed class SupervisorSignInConfiguration : IEntityTypeConfiguration<SupervisorSignIn>
{
    public void Configure(EntityTypeBuilder<SupervisorSignIn> builder)
    {
        builder.ToTable("supervisor_sign_ins");
        builder.HasKey(s => s.SupervisorId);
        builder.Property(s => s.UserName).HasMaxLength(32);
        builder.HasIndex(s => s.UserName).IsUnique();
        builder.Property(s => s.ActivationCodeHash).HasMaxLength(200);
        builder.Property(s => s.PasswordHash).HasMaxLength(200);
        builder.Property(s => s.DisabledReason).HasMaxLength(100);
        builder.Ignore(s => s.CanActivate);
    }
}
