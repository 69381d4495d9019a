using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// What the desk acts on today, counted without reading a single issue (so no reporter's identity is
/// shown and nothing enters the identity-view log). Each count is the issue list under the filters
/// named beside it in <see cref="DeskCounts"/>.
/// </summary>
public static class DeskCountsApi
{
    /// <param name="AwaitingDispatch"><c>awaiting=dispatch</c></param>
    /// <param name="SignForOverdue"><c>signForOverdue=true</c></param>
    /// <param name="DueTomorrow"><c>dueOn=</c><see cref="Tomorrow"/></param>
    /// <param name="Overdue"><c>overdue=true&amp;state=open</c></param>
    /// <param name="AwaitingFeedback"><c>awaiting=feedback</c></param>
    /// <param name="AwaitingConfirmation"><c>awaiting=confirmation</c></param>
    public sealed record DeskCounts(int AwaitingDispatch, int SignForOverdue, DateOnly Tomorrow, int DueTomorrow, int Overdue,
        int AwaitingFeedback, int AwaitingConfirmation);

    public static IEndpointRouteBuilder MapDeskCountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ticketing/issues/counts", Get).WithTags("Issues").WithName("CountDeskIssues")
            .WithSummary("工作台计数：待转办、超时未签收、明日到期、已逾期、待反馈、待确认（办公室全部；责任单位本单位的）")
            .RequireRoles(Roles.Office, Roles.Department)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<DeskCounts>> Get(ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tomorrow = DistrictClock.Today(now).AddDays(1);
        var visible = db.Issues.AsNoTracking().VisibleTo(user);
        return TypedResults.Ok(new DeskCounts(
            await visible.Awaiting(DeskFilters.Queues["dispatch"]).CountAsync(ct),
            await visible.SignForOverdue(true, now).CountAsync(ct),
            tomorrow,
            await visible.DueOn(tomorrow).CountAsync(ct),
            await visible.Where(i => i.Assignment.OverdueAt != null && i.Status != IssueStatus.Closed && i.Status != IssueStatus.Merged)
                .CountAsync(ct),
            await visible.Awaiting(DeskFilters.Queues["feedback"]).CountAsync(ct),
            await visible.Awaiting(DeskFilters.Queues["confirmation"]).CountAsync(ct)));
    }
}
