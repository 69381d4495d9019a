using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Confidentiality;

/// <summary>Lets the office and the commission audit the identity-view log (T8), which <see cref="IdentityViewFilter"/> writes.</summary>
public static class IdentityViewLog
{
    public sealed record IdentityViewResponse(long Id, DateTimeOffset At, string Viewer, string ViewerRole, string Via);

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
