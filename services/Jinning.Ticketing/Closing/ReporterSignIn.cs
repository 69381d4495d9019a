using Jinning.Ticketing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Closing;

/// <summary>
/// A supervisor whose sign-in is disabled (term ended, dismissed, account disabled): they can no
/// longer confirm or object, so nothing waits for them (T10). Learnt from roster and identity events.
/// </summary>
public sealed class DisabledReporter
{
    public Guid SupervisorId { get; init; }
    public DateTimeOffset DisabledAt { get; set; }
    public required string Reason { get; set; }
}

internal sealed class DisabledReporterConfiguration : IEntityTypeConfiguration<DisabledReporter>
{
    public void Configure(EntityTypeBuilder<DisabledReporter> builder)
    {
        builder.ToTable("disabled_reporters");
        builder.HasKey(r => r.SupervisorId);
        builder.Property(r => r.SupervisorId).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(100);
    }
}

public static class DisabledReporters
{
    public static async Task<bool> IsSignInDisabledAsync(this TicketingDbContext db, Guid? supervisorId,
        CancellationToken cancellationToken) =>
        supervisorId is { } id && await db.DisabledReporters.AnyAsync(r => r.SupervisorId == id, cancellationToken);
}
