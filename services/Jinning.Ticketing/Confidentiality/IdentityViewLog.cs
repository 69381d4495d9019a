using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Confidentiality;

/// <summary>Logs every view of a reporter's identity and lets the office audit the log (T8).</summary>
public static class IdentityViewLog
{
    public sealed record IdentityViewResponse(long Id, DateTimeOffset At, string Viewer, string ViewerRole, string Via);

    /// <summary>Adds a log row for each issue in <paramref name="shown"/> whose reporter the reader sees; saved by the caller.</summary>
    public static void LogIdentityViews(this TicketingDbContext db, IEnumerable<Issue> shown, ClaimsPrincipal reader, string via, DateTimeOffset now)
    {
        foreach (var issue in shown.Where(i => IssueResponse.IsIdentityView(i, reader)))
        {
            db.ReporterIdentityViews.Add(new ReporterIdentityView
            {
                IssueId = issue.Id,
                Viewer = reader.Identity?.Name ?? "unknown",
                ViewerRole = reader.FindFirst("role")?.Value ?? "unknown",
                At = now,
                Via = via,
            });
        }
    }

    public static IEndpointRouteBuilder MapIdentityViewLogApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ticketing/issues/{id:guid}/identity-views").WithTags("History")
            .MapGet("/", List).WithName("ListReporterIdentityViews").WithSummary("谁在何时查看过报告人身份 (T8)")
            .RequireRoles(Roles.Office, Roles.Discipline)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <summary>Also for the discipline commission, which watches over how reporters are protected.</summary>
    public static async Task<Results<Ok<List<IdentityViewResponse>>, NotFound>> List(Guid id, TicketingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Issues.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await db.ReporterIdentityViews.AsNoTracking().Where(v => v.IssueId == id).OrderBy(v => v.Id)
            .Select(v => new IdentityViewResponse(v.Id, v.At, v.Viewer, v.ViewerRole, v.Via)).ToListAsync(cancellationToken));
    }
}
