using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Ticketing.Dispatch;

/// <summary>
/// The deadlines a dispatch made now would get by default (T3, T4), so the office sees them before it
/// sends: per kind on the official calendar, and the sign-for limit. The same rules the dispatch applies.
/// </summary>
public static class DefaultDeadlinesApi
{
    public sealed record DefaultDeadline(DispatchKind Kind, int WorkingDays, DateTimeOffset Deadline);

    public sealed record DefaultDeadlinesResponse(DateTimeOffset At, DateTimeOffset SignForDeadline, IReadOnlyList<DefaultDeadline> Kinds);

    public static IEndpointRouteBuilder MapDefaultDeadlinesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ticketing/dispatch/default-deadlines", Preview).WithTags("Dispatch").WithName("PreviewDefaultDeadlines")
            .WithSummary("现在转办、交办或督办的默认办理时限和签收时限（按官方工作日历）(T3, T4)")
            .RequireRoles(Roles.Office).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<DefaultDeadlinesResponse>> Preview(TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var calendar = await db.WorkingCalendarAsync(now, cancellationToken);
        var kinds = Enum.GetValues<DispatchKind>()
            .Select(kind => new DefaultDeadline(kind, DeadlineRules.WorkingDaysFor(kind), DeadlineRules.DefaultDeadline(kind, now, calendar)))
            .ToList();
        return TypedResults.Ok(new DefaultDeadlinesResponse(now, DeadlineRules.SignForDeadline(now, calendar), kinds));
    }
}
