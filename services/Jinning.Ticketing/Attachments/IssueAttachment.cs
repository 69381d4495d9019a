using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Attachments;

/// <summary>A photo or document attached to an issue (T1) or to its rectification (T4), kept in the service's own database.</summary>
public sealed class IssueAttachment
{
    public Guid Id { get; init; }
    public Guid IssueId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required string Sha256 { get; init; }
    public required byte[] Content { get; init; }
    public required string UploadedBy { get; init; }
    public required string UploadedByRole { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}

internal sealed class IssueAttachmentConfiguration : IEntityTypeConfiguration<IssueAttachment>
{
    public void Configure(EntityTypeBuilder<IssueAttachment> builder)
    {
        builder.ToTable("issue_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedBy).HasMaxLength(64);
        builder.Property(a => a.UploadedByRole).HasMaxLength(20);
        builder.HasIndex(a => a.IssueId);
    }
}
