using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Persistence.Revocation;

/// <summary>Tokens of <see cref="Subject"/> issued before <see cref="RevokedAt"/> are refused by this service.</summary>
public sealed class RevokedSignIn
{
    public required string Subject { get; init; }
    public DateTimeOffset RevokedAt { get; set; }
}

internal sealed class RevokedSignInConfiguration : IEntityTypeConfiguration<RevokedSignIn>
{
    public void Configure(EntityTypeBuilder<RevokedSignIn> builder)
    {
        builder.ToTable("revoked_sign_ins");
        builder.HasKey(r => r.Subject);
        builder.Property(r => r.Subject).HasColumnName("subject").HasMaxLength(64);
        builder.Property(r => r.RevokedAt).HasColumnName("revoked_at");
    }
}
