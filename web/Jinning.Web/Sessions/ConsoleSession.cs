using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Web.Sessions;

/// <summary>
/// One signed-in browser: the cookie carries only <see cref="Id"/>; the tokens stay here, encrypted
/// with the console's Data Protection keys, and are sent to the gateway on the person's behalf.
/// </summary>
public sealed class ConsoleSession
{
    public Guid Id { get; init; }
    /// <summary>The account (the token's <c>sub</c>), so a revoked sign-in ends all its sessions.</summary>
    public required string Subject { get; init; }
    public required string ProtectedAccessToken { get; set; }
    public string? ProtectedRefreshToken { get; set; }
    public DateTimeOffset AccessTokenExpiresAt { get; set; }
    /// <summary>When to refresh: a quarter of the token's life before it expires, at most two minutes before.</summary>
    public DateTimeOffset RefreshAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RefreshedAt { get; set; }
}

internal sealed class ConsoleSessionConfiguration : IEntityTypeConfiguration<ConsoleSession>
{
    public void Configure(EntityTypeBuilder<ConsoleSession> builder)
    {
        builder.ToTable("console_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Subject).HasMaxLength(64);
        builder.HasIndex(s => s.Subject);
        builder.HasIndex(s => s.CreatedAt);
    }
}
