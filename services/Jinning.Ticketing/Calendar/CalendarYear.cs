using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Calendar;

/// <summary>
/// The official calendar of one year, as the State Council publishes it: public holidays, and the
/// weekend days that are working days in exchange (调休). The office keeps it up to date.
/// </summary>
public sealed class CalendarYear
{
    public int Year { get; init; }
    public List<DateOnly> Holidays { get; set; } = [];
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("calendar_years");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
    }
}
