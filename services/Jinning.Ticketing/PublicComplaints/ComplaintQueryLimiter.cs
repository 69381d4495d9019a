using Jinning.Ticketing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;

namespace Jinning.Ticketing.PublicComplaints;

public sealed class ComplaintQueryOptions
{
    /// <summary>Wrong query codes allowed per tracking number in one window, from any address.</summary>
    public int MaxWrongCodes { get; set; } = 5;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Wrong query codes tried against one tracking number in the current window.</summary>
public sealed class ComplaintQueryAttempts
{
    public required string TrackingNumber { get; init; }
    public DateTimeOffset WindowStartedAt { get; set; }
    public int WrongCodes { get; set; }
}

internal sealed class ComplaintQueryAttemptsConfiguration : IEntityTypeConfiguration<ComplaintQueryAttempts>
{
    public void Configure(EntityTypeBuilder<ComplaintQueryAttempts> builder)
    {
        builder.ToTable("complaint_query_attempts");
        builder.HasKey(a => a.TrackingNumber);
        builder.Property(a => a.TrackingNumber).HasMaxLength(32);
    }
}

/// <summary>
/// Limits guessing of query codes per tracking number (T13), in the database every instance shares,
/// so neither a new address nor another instance buys more guesses. Each check reserves a guess
/// atomically before the code is compared, so concurrent guesses cannot overshoot; a right code
/// gives its guess back.
/// </summary>
public sealed class ComplaintQueryLimiter(TicketingDbContext db, TimeProvider time, IOptions<ComplaintQueryOptions> options)
{
    /// <returns>false when the window's wrong guesses are used up: refuse without comparing the code.</returns>
    public async Task<bool> TryReserveAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var windowStart = now - options.Value.Window;
        var wrongSoFar = await db.Database.SqlQuery<int>($"""
            INSERT INTO complaint_query_attempts (tracking_number, window_started_at, wrong_codes) VALUES ({trackingNumber}, {now}, 1)
            ON CONFLICT (tracking_number) DO UPDATE SET
                wrong_codes = CASE WHEN complaint_query_attempts.window_started_at <= {windowStart} THEN 1
                                   ELSE complaint_query_attempts.wrong_codes + 1 END,
                window_started_at = CASE WHEN complaint_query_attempts.window_started_at <= {windowStart} THEN {now}
                                         ELSE complaint_query_attempts.window_started_at END
            RETURNING wrong_codes AS "Value"
            """).ToListAsync(cancellationToken);
        return wrongSoFar.Single() <= options.Value.MaxWrongCodes;
    }

    /// <summary>The code was right: the reserved guess was not a wrong one.</summary>
    public Task ReleaseAsync(string trackingNumber, CancellationToken cancellationToken) => db.Database.ExecuteSqlAsync(
        $"UPDATE complaint_query_attempts SET wrong_codes = GREATEST(wrong_codes - 1, 0) WHERE tracking_number = {trackingNumber}",
        cancellationToken);
}
