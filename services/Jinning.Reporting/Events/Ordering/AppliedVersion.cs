using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Events.Ordering;

/// <summary>The last version of an aggregate's events reporting applied: the next one applies, later ones wait.</summary>
public sealed class AppliedVersion
{
    public Guid AggregateId { get; init; }
    public long Version { get; set; }
}

internal sealed class AppliedVersionConfiguration : IEntityTypeConfiguration<AppliedVersion>
{
    public void Configure(EntityTypeBuilder<AppliedVersion> builder)
    {
        builder.ToTable("applied_versions");
        builder.HasKey(v => v.AggregateId);
    }
}
