using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Reporting.Scorecards;

/// <summary>A year of the official calendar as ticketing published it (<c>WorkingCalendarChanged</c>): the latest wins.</summary>
public sealed class CalendarYearFact
{
    public int Year { get; init; }
    public List<DateOnly> Holidays { get; set; } = [];
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];
}

internal sealed class CalendarYearFactConfiguration : IEntityTypeConfiguration<CalendarYearFact>
{
    public void Configure(EntityTypeBuilder<CalendarYearFact> builder)
    {
        builder.ToTable("calendar_year_facts");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}

/// <summary>
/// Working time on the official calendar (Monday to Friday, minus holidays, plus make-up working days),
/// in the district's days. A working day counts whole: working hours are the hours elapsed on working days.
/// </summary>
public sealed class OfficialCalendar(IEnumerable<CalendarYearFact> years)
{
    private readonly HashSet<DateOnly> _holidays = [.. years.SelectMany(y => y.Holidays)];
    private readonly HashSet<DateOnly> _makeUps = [.. years.SelectMany(y => y.MakeUpWorkdays)];

    public bool IsWorkingDay(DateOnly day) =>
        _makeUps.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    public double WorkingHoursBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var hours = 0.0;
        for (var day = DistrictClock.Today(from); day <= DistrictClock.Today(to) && from < to; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }
            var start = Max(DistrictClock.StartOf(day), from);
            var end = Min(DistrictClock.StartOf(day.AddDays(1)), to);
            if (end > start)
            {
                hours += (end - start).TotalHours;
            }
        }
        return hours;
    }

    public static async Task<OfficialCalendar> LoadAsync(Data.ReportingDbContext db, CancellationToken ct) =>
        new(await db.CalendarYearFacts.AsNoTracking().ToListAsync(ct));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
