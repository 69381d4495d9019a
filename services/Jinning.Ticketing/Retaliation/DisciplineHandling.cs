using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Retaliation;

/// <summary>
/// One entry of the discipline commission's handling of a retaliation report (T12): the stage, the
/// measures taken (问责措施) and a note. The office and the commission read it; the reporter only
/// ever hears the stage.
/// </summary>
public sealed class DisciplineHandling
{
    public long Id { get; init; }
    public Guid IssueId { get; init; }
    public DisciplineStage Stage { get; init; }
    public string? Measures { get; init; }
    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset At { get; init; }
}

internal sealed class DisciplineHandlingConfiguration : IEntityTypeConfiguration<DisciplineHandling>
{
    public void Configure(EntityTypeBuilder<DisciplineHandling> builder)
    {
        builder.ToTable("discipline_handlings");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Measures).HasMaxLength(DisciplineHandlingApi.TextLength);
        builder.Property(h => h.Note).HasMaxLength(DisciplineHandlingApi.TextLength);
        builder.Property(h => h.RecordedBy).HasMaxLength(64);
        builder.HasIndex(h => new { h.IssueId, h.Id });
    }
}
