using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Handling;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Retaliation;

/// <summary>
/// The discipline commission records how it handles a retaliation report (T12): stage by stage, with
/// the measures taken. Only the commission records; the office and the commission read.
/// </summary>
public static class DisciplineHandlingApi
{
    public const int TextLength = 5000;

    public sealed record DisciplineHandlingRequest(string? Stage, string? Measures, string? Note);
    public sealed record DisciplineHandlingEntry(long Id, DisciplineStage Stage, string? Measures, string? Note, string RecordedBy,
        DateTimeOffset At);

    public static IEndpointRouteBuilder MapDisciplineHandlingApi(this IEndpointRouteBuilder app)
    {
        var handling = app.MapGroup("/api/ticketing/issues/{id:guid}/discipline-handling").WithTags("Retaliation")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        handling.MapPost("/", Record).WithName("RecordDisciplineHandling")
            .WithSummary("区纪委区监委记录打击报复线索的处理阶段和问责措施；报告人只获知阶段 (T12)")
            .RequireRoles(Roles.Discipline).ProducesProblem(StatusCodes.Status409Conflict);
        handling.MapGet("/", List).WithName("ListDisciplineHandling").WithSummary("打击报复线索的处理记录（办公室、区纪委区监委） (T12)")
            .RequireRoles(Roles.Office, Roles.Discipline);
        return app;
    }

    public static async Task<IssueChangeResult> Record(Guid id, DisciplineHandlingRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var stage = KebabEnum.Parse<DisciplineStage>(errors, "stage", request.Stage, "处理阶段");
        if (request.Measures?.Length > TextLength) errors["measures"] = [$"问责措施不超过 {TextLength} 字。"];
        if (request.Note?.Length > TextLength) errors["note"] = [$"说明不超过 {TextLength} 字。"];
        if (stage is not { } reached || errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var recordedBy = services.User.Identity?.Name ?? "discipline";
        return await IssueChange.ApplyAsync(id, services, IssueAction.DisciplineHandling,
        $"处理阶段：{KebabEnum.Format(reached)}。{request.Note}".Trim(),
            Actor.Any, (issue, now) =>
            {
                issue.RecordDisciplineStage(reached, now);
                services.Db.DisciplineHandlings.Add(new DisciplineHandling
                {
                    IssueId = issue.Id, Stage = reached, Measures = Blank(request.Measures), Note = Blank(request.Note),
                    RecordedBy = recordedBy, At = now,
                });
            }, ct);
    }

    public static async Task<Results<Ok<List<DisciplineHandlingEntry>>, NotFound>> List(
        Guid id, ClaimsPrincipal user, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var visible = await db.Issues.VisibleTo(user).AnyAsync(i => i.Id == id && i.Category == IssueCategory.Retaliation,
            cancellationToken);
        if (!visible)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await db.DisciplineHandlings.AsNoTracking().Where(h => h.IssueId == id).OrderBy(h => h.Id)
            .Select(h => new DisciplineHandlingEntry(h.Id, h.Stage, h.Measures, h.Note, h.RecordedBy,
                h.At)).ToListAsync(cancellationToken));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
