using System.Security.Claims;
using System.Text.Json.Serialization;
using Jinning.Ticketing.Confidentiality;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.History;

public static class HistoryApi
{
    public sealed record HistoryEntryResponse(long Id, DateTimeOffset At, string Actor, string ActorRole, string Action, string? FromStatus,
        string ToStatus, string? Note) : IShowsReporter
    {
        [JsonIgnore]
        public Guid IssueId { get; init; }

        /// <summary>A supervisor as the actor is a reporter by certificate number (reporting, confirming, objecting).</summary>
        public IEnumerable<Guid> IssuesWhoseReporterIsShownTo(ClaimsPrincipal reader) =>
            ActorRole == Roles.Supervisor && Actor != reader.Identity?.Name ? [IssueId] : [];
    }

    /// <summary>Read-only on purpose: there is no route that changes or deletes history.</summary>
    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ticketing/issues/{id:guid}/history").WithTags("History")
            .MapGet("/", Get).WithName("GetIssueHistory").WithSummary("问题的全部变更记录，只增不改；区纪委区监委可查看打击报复线索的记录 (T8, T12)")
            .RequireRoles(Roles.Office, Roles.Discipline).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Results<Ok<List<HistoryEntryResponse>>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, TicketingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Issues.VisibleTo(user).AnyAsync(i => i.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await db.IssueHistory.AsNoTracking().Where(h => h.IssueId == id).OrderBy(h => h.Id)
            .Select(h => new HistoryEntryResponse(h.Id, h.At, h.Actor, h.ActorRole, h.Action, h.FromStatus, h.ToStatus, h.Note)
            {
                IssueId = h.IssueId,
            })
            .ToListAsync(cancellationToken));
    }
}
