using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Data;

/// <summary>The single row saying which generation of read models is current; a rebuild starts a new one.</summary>
public sealed class ReportingState
{
    public int Id { get; init; } = 1;
    public Guid Generation { get; set; }
    public DateTimeOffset? RebuiltAt { get; set; }
    public long? ReplayedEvents { get; set; }

    public static async Task EnsureAsync(ReportingDbContext db, IServiceProvider services, CancellationToken ct)
    {
        if (!await db.ReportingState.AnyAsync(ct))
        {
            db.ReportingState.Add(new ReportingState { Generation = Guid.NewGuid() });
            await db.SaveChangesAsync(ct);
        }
    }
}

internal sealed class ReportingStateConfiguration : IEntityTypeConfiguration<ReportingState>
{
    public void Configure(EntityTypeBuilder<ReportingState> builder)
    {
        builder.ToTable("reporting_state");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
