using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Messaging.Ordering;

/// <summary>The last version of an aggregate's events this service applied: the next one applies, later ones wait.</summary>
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
