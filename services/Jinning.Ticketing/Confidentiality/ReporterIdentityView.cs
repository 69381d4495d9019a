using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Confidentiality;

/// <summary>Someone saw who reported an issue (T8, Art. 7.6): who, when, through which route. Only ever inserted.</summary>
public sealed class ReporterIdentityView
{
    public long Id { get; init; }
    public Guid IssueId { get; init; }
    public required string Viewer { get; init; }
    public required string ViewerRole { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Via { get; init; }
}

internal sealed class ReporterIdentityViewConfiguration : IEntityTypeConfiguration<ReporterIdentityView>
{
    public void Configure(EntityTypeBuilder<ReporterIdentityView> builder)
    {
        builder.ToTable("reporter_identity_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).UseIdentityAlwaysColumn();
        builder.Property(v => v.Viewer).HasMaxLength(64);
        builder.Property(v => v.ViewerRole).HasMaxLength(20);
        builder.Property(v => v.Via).HasMaxLength(100);
        builder.HasIndex(v => new { v.IssueId, v.Id });
    }
}
