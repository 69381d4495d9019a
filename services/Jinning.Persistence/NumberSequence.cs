using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Persistence;

/// <summary>
/// Counters for human-facing numbers (<c>WT-20261126-0001</c>, <c>JN-2026-0001</c>):
/// one row per (scope, period), incremented atomically inside the caller's transaction.
/// </summary>
public sealed class NumberSequence
{
    public required string Scope { get; init; }
    public required string Period { get; init; }
    public long Value { get; init; }
}

public static class NumberSequenceExtensions
{
    public static ModelBuilder AddNumberSequences(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NumberSequence>(ConfigureSequence);
        return modelBuilder;
    }

    private static void ConfigureSequence(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.ToTable("sequences");
        builder.HasKey(s => new { s.Scope, s.Period });
        builder.Property(s => s.Scope).HasMaxLength(50);
        builder.Property(s => s.Period).HasMaxLength(20);
    }

    /// <summary>Returns the next number of <paramref name="scope"/> in <paramref name="period"/>, starting at 1.</summary>
    public static async Task<long> NextSequenceValueAsync(this DbContext db, string scope, string period, CancellationToken cancellationToken)
    {
        var values = await db.Database.SqlQuery<long>($"""
            INSERT INTO sequences (scope, period, value) VALUES ({scope}, {period}, 1)
            ON CONFLICT (scope, period) DO UPDATE SET value = sequences.value + 1
            RETURNING value AS "Value"
            """).ToListAsync(cancellationToken);
        return values.Single();
    }
}
