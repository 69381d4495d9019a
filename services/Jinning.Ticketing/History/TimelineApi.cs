using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Jinning.Ticketing.PublicComplaints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.History;

/// <summary>
/// <c>GET /issues/{id}/timeline</c>: an issue's progress as its reporter may read it (T5) — the
/// milestones in words, never who did what or the office's internal notes. The full history stays
/// the office's and the commission's.
/// </summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ticketing/issues/{id:guid}/timeline", Get).WithTags("History").WithName("GetIssueTimeline")
            .WithSummary("办理进度：报告人可见的节点（不含办理人和内部记录）(T5)")
            .RequireRoles(Roles.Supervisor, Roles.Office).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Results<Ok<List<TimelineEntry>>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var history = await db.IssueHistory.AsNoTracking().Where(h => h.IssueId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        var noun = issue.Type switch
        {
            IssueType.Suggestion => "建议",
            IssueType.Highlight => "反映",
            _ => "问题",
        };
        return TypedResults.Ok(PublicTimeline.Of(issue, history, noun));
    }
}
