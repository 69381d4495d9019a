using Jinning.ServiceDefaults;
using Jinning.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Calendar;

public static class WorkingCalendarLoader
{
    /// <summary>The official calendar from last year to next: enough for a clock stopped in December and any deadline set now.</summary>
    public static async Task<WorkingCalendar> WorkingCalendarAsync(this TicketingDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var year = DistrictClock.Today(now).Year;
        var years = await db.CalendarYears.AsNoTracking().Where(c => c.Year >= year - 1 && c.Year <= year + 1).ToListAsync(cancellationToken);
        return WorkingCalendar.From(years);
    }
}
