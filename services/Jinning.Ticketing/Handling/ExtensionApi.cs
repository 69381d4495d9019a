using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Ticketing.Handling;

/// <summary>
/// 延期 and 补充材料 (T4): the lead unit asks for a later deadline before the current one passes, and
/// the office grants or refuses it; the lead unit may wait for material, which stops the clock.
/// </summary>
public static class ExtensionApi
{
    public sealed record ExtensionRequest(DateTimeOffset? Until, string? Reason);
    public sealed record ExtensionDecisionRequest(bool? Granted, DateTimeOffset? Until, string? Note);
    public sealed record MaterialRequest(string? Note);

    public static IEndpointRouteBuilder MapExtensionApi(this IEndpointRouteBuilder app)
    {
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Handling");
        issue.MapPost("/extension", Request).WithName("RequestExtension").WithSummary("申请延期，须在办理时限届满前 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/extension/decision", Decide).WithName("DecideExtension").WithSummary("批准或不批准延期 (T4)").RequireRoles(Roles.Office);
        issue.MapPost("/material-request", AskForMaterial).WithName("RequestMaterial").WithSummary("要求补充材料，期间停止计时 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/material", SupplyMaterial).WithName("SupplyMaterial").WithSummary("材料已补充，恢复计时并顺延时限 (T4)").RequireRoles(Roles.Office);
        return app;
    }

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Request(
        Guid id, ExtensionRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        request.Until is null ? IssueChange.Invalid("until", "须注明申请延至的时限。")
        : IssueChange.Required(request.Reason, "reason", "延期理由", 2000) ?? IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Extension,
            $"申请延期至 {Day(request.Until.Value)}：{request.Reason}", Actor.LeadUnit, (issue, now) =>
            {
                var deadline = issue.Deadline;
                issue.RequestExtension(request.Until.Value, request.Reason!.Trim(), now);
                outbox.Publish(new IssueExtensionRequested
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, Deadline = deadline!.Value,
                    RequestedUntil = issue.ExtensionRequestedUntil!.Value, Reason = issue.ExtensionReason!, OccurredAt = now,
                });
            }, ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, ExtensionDecisionRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        request.Granted is null ? IssueChange.Invalid("granted", "须注明是否批准延期。")
        : request.Note?.Length > 2000 ? IssueChange.Invalid("note", "审批意见不超过 2000 字。")
        : IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.ExtensionDecision,
            $"{(request.Granted.Value ? "批准延期" : "不批准延期")}。{request.Note}", Actor.Any, (issue, now) =>
            {
                issue.DecideExtension(request.Granted.Value, request.Until, now);
                outbox.Publish(new IssueExtensionDecided
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, Granted = request.Granted.Value,
                    Deadline = issue.Deadline!.Value, Note = request.Note, OccurredAt = now,
                });
            }, ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AskForMaterial(
        Guid id, MaterialRequest request, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct) =>
        IssueChange.Required(request.Note, "note", "所需材料", 2000) ?? IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.RequestMaterial,
            $"要求补充材料：{request.Note}", Actor.LeadUnit, (issue, now) => issue.RequestMaterial(request.Note!.Trim(), now), ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SupplyMaterial(
        Guid id, MaterialRequest request, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct) =>
        request.Note?.Length > 2000 ? IssueChange.Invalid("note", "说明不超过 2000 字。")
        : SupplyAsync(id, request, user, db, time, ct);

    private static async Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SupplyAsync(
        Guid id, MaterialRequest request, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var calendar = await db.WorkingCalendarAsync(time.GetUtcNow(), ct);
        return await IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.SupplyMaterial, $"材料已补充，恢复计时，时限顺延停止计时的工作日。{request.Note}", Actor.Any,
            (issue, now) => issue.SupplyMaterial(now, calendar), ct);
    }

    private static string Day(DateTimeOffset at) => DistrictClock.Today(at).ToString("yyyy-MM-dd");
}
