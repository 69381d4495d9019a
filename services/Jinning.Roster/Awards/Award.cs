using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Roster.Awards;

/// <summary>An award (评优评奖) the office gave a supervisor for a year (R7, Art. 8.1).</summary>
public sealed class Award
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    public Guid SupervisorId { get; init; }
    public required string Title { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset AwardedAt { get; init; }
    public string? AwardedBy { get; init; }
}

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ToTable("awards");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(100);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.Property(a => a.AwardedBy).HasMaxLength(64);
        builder.HasIndex(a => new { a.Year, a.SupervisorId, a.Title }).IsUnique();
    }
}
