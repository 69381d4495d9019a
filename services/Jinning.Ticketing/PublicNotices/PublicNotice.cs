using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.PublicNotices;

/// <summary>
/// 通报 (T13): a department missed a deadline on an issue at the public-notice supervision level.
/// Holds what the public may read — department, category, what was late and by how long — and no
/// reporter, title or description.
/// </summary>
public sealed class PublicNotice
{
    public Guid Id { get; init; }
    public Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required string DepartmentName { get; init; }
    public required string Category { get; init; }
    public DateTimeOffset FirstMissedDeadline { get; init; }
    public int LateWorkingDays { get; init; }
    public int LateDays { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
}

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.ToTable("public_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.TrackingNumber).HasMaxLength(32);
        builder.Property(n => n.DepartmentCode).HasMaxLength(40);
        builder.Property(n => n.DepartmentName).HasMaxLength(100);
        builder.Property(n => n.Category).HasMaxLength(40);
        builder.Property(n => n.Text).HasMaxLength(1000);
        builder.HasIndex(n => new { n.PublishedAt, n.Id });
        builder.HasIndex(n => n.IssueId);
    }
}
