using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// Merges a duplicate into the issue that is handled (T3): the duplicate closes as merged, and its
/// reporter joins the surviving issue's reporters, who all get its feedback and outcome.
/// </summary>
public static class MergeApi
{
    public sealed record MergeRequest(Guid? IntoIssueId, string? Note);

    public static IEndpointRouteBuilder MapMergeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Dispatch")
            .MapPost("/merge", Merge).WithName("MergeIssue").WithSummary("将重复问题并入另一件问题 (T3)").RequireRoles(Roles.Office);
        return app;
    }

    public static async Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Merge(
        Guid id, MergeRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.IntoIssueId is not { } intoId)
        {
            return InputProblems.Invalid("intoIssueId", "须注明并入哪一件问题。");
        }
        var issues = await db.Issues.Where(i => i.Id == id || i.Id == intoId).ToListAsync(cancellationToken);
        var duplicate = issues.FirstOrDefault(i => i.Id == id);
        var target = issues.FirstOrDefault(i => i.Id == intoId);
        if (duplicate is null)
        {
            return TypedResults.NotFound();
        }
        if (target is null)
        {
            return InputProblems.Invalid("intoIssueId", "要并入的问题不存在。");
        }
        var now = time.GetUtcNow();
        var from = duplicate.Status;
        duplicate.MergeInto(target, now);
        db.Record(duplicate, user, IssueTransitions.Merge, from, $"并入 {target.TrackingNumber}。{request.Note}".Trim(), now);
        db.Record(target, user, "absorb", target.Status, $"{duplicate.TrackingNumber} 作为重复问题并入。", now);
        outbox.Publish(new IssueMerged
        {
            IssueId = duplicate.Id, TrackingNumber = duplicate.TrackingNumber, IntoIssueId = target.Id, IntoTrackingNumber = target.TrackingNumber, OccurredAt = now,
            ReporterSupervisorId = duplicate.ReporterSupervisorId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(duplicate, user));
    }
}
