using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Calendar;

public static class CalendarApi
{
    public sealed record CalendarResponse(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays, DateTimeOffset? UpdatedAt, string? UpdatedBy);
    public sealed record CalendarRequest(IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? MakeUpWorkdays);

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/ticketing/calendar").WithTags("Calendar");
        calendar.MapGet("/{year:int}", Get).WithName("GetCalendar").WithSummary("办理时限所用的法定节假日与调休工作日 (T4)")
            .RequireRoles(Roles.All);
        calendar.MapPut("/{year:int}", Put).WithName("PutCalendar").WithSummary("更新某年的节假日与调休安排").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<CalendarResponse>> Get(int year, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var calendar = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        return TypedResults.Ok(calendar is null
            ? new CalendarResponse(year, [], [], null, null)
            : new CalendarResponse(year, calendar.Holidays.Order().ToList(), calendar.MakeUpWorkdays.Order().ToList(), calendar.UpdatedAt, calendar.UpdatedBy));
    }

    /// <summary>Reporting counts working hours on the same calendar, so each change is published (<c>WorkingCalendarChanged</c>).</summary>
    public static async Task<Results<Ok<CalendarResponse>, ValidationProblem>> Put(
        int year, CalendarRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time,
            CancellationToken cancellationToken)
    {
        var holidays = request.Holidays ?? [];
        var makeUps = request.MakeUpWorkdays ?? [];
        var errors = new Dictionary<string, string[]>();
        if (year is < 2000 or > 2100) errors["year"] = ["年份无效。"];
        if (holidays.Any(d => d.Year != year)) errors["holidays"] = [$"节假日须在 {year} 年内。"];
        if (makeUps.Any(d => d.Year != year)) errors["makeUpWorkdays"] = [$"调休工作日须在 {year} 年内。"];
        if (holidays.Intersect(makeUps).Any()) errors["makeUpWorkdays"] = ["同一天不能既是节假日又是调休工作日。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var calendar = await db.CalendarYears.FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (calendar is null)
        {
            calendar = new CalendarYear { Year = year };
            db.CalendarYears.Add(calendar);
        }
        calendar.Holidays = [.. holidays.Distinct()];
        calendar.MakeUpWorkdays = [.. makeUps.Distinct()];
        calendar.UpdatedAt = time.GetUtcNow();
        calendar.UpdatedBy = user.Identity?.Name;
        outbox.Publish(new WorkingCalendarChanged
        {
            Year = year, Holidays = calendar.Holidays.Order().ToList(), MakeUpWorkdays = calendar.MakeUpWorkdays.Order().ToList(),
            OccurredAt = calendar.UpdatedAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new CalendarResponse(year, calendar.Holidays.Order().ToList(), calendar.MakeUpWorkdays.Order().ToList(), calendar.UpdatedAt, calendar.UpdatedBy));
    }
}
