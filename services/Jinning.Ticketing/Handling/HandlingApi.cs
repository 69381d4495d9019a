using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Handling;

/// <summary>
/// The department's side (T4): sign for, return, report progress and rectification; then the
/// office's feedback and the reporter's confirmation or objection (T5). Each change is on the history.
/// </summary>
public static class HandlingApi
{
    public sealed record ReturnRequest(string? Reason, string? Note);
    public sealed record ProgressRequest(string? Note);
    public sealed record RectificationRequest(string? Summary, IReadOnlyList<string>? Evidence);
    public sealed record FeedbackRequest(string? Message);
    public sealed record AcceptanceRequest(int? Rating, string? Comment);
    public sealed record ObjectionRequest(string? Reason);

    public static IEndpointRouteBuilder MapHandlingApi(this IEndpointRouteBuilder app)
    {
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Handling");
        issue.MapPost("/accept", Accept).WithName("SignForIssue").WithSummary("签收 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/return", Return).WithName("ReturnIssue").WithSummary("退单，须说明理由 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/progress", Progress).WithName("PostIssueProgress").WithSummary("报告办理进展 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/rectification", Rectify).WithName("ReportRectification").WithSummary("报告整改情况及佐证 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/feedback", Feedback).WithName("GiveFeedback").WithSummary("向监督员反馈办理结果 (T5)").RequireRoles(Roles.Office);
        issue.MapPost("/acceptance", Acceptance).WithName("ConfirmFix").WithSummary("监督员回访确认并评价 (T5)").RequireRoles(Roles.Supervisor);
        issue.MapPost("/objection", Objection).WithName("ObjectToResult").WithSummary("监督员对结果提出异议，重办 (T5)").RequireRoles(Roles.Supervisor);
        return app;
    }

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Accept(Guid id, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, user, db, time, IssueTransitions.Accept, null, (issue, now) => issue.SignFor(now), ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Return(Guid id, ReturnRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        Required(request.Reason, "reason", "退单理由", 500) ?? ChangeAsync(id, user, db, time, IssueTransitions.Return, $"{request.Reason} {request.Note}".Trim(), (issue, now) =>
        {
            issue.Return(request.Reason!.Trim(), now);
            outbox.Publish(new IssueReturned
            {
                IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, Reason = request.Reason!.Trim(),
                Note = request.Note, OccurredAt = now,
            });
        }, ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Progress(Guid id, ProgressRequest request, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct) =>
        Required(request.Note, "note", "进展说明", 5000) ?? ChangeAsync(id, user, db, time, IssueTransitions.Progress, request.Note, (issue, now) => issue.PostProgress(now), ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Rectify(Guid id, RectificationRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        Required(request.Summary, "summary", "整改情况", 5000) ?? ChangeAsync(id, user, db, time, IssueTransitions.Rectify, request.Summary, (issue, now) =>
        {
            issue.Rectify(request.Summary!.Trim(), request.Evidence ?? [], now);
            outbox.Publish(new IssueRectified { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, OccurredAt = now });
        }, ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Feedback(Guid id, FeedbackRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        Required(request.Message, "message", "反馈内容", 5000) ?? ChangeAsync(id, user, db, time, IssueTransitions.Feedback, request.Message, (issue, now) =>
        {
            issue.GiveFeedback(request.Message!.Trim(), now);
            outbox.Publish(new FeedbackGiven
            {
                IssueId = issue.Id, TrackingNumber = issue.TrackingNumber,
                ReporterSupervisorIds = issue.ReporterSupervisorId is { } reporter ? [reporter] : [], OccurredAt = now,
            });
        }, ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Acceptance(Guid id, AcceptanceRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        if (request.Rating is not (>= 1 and <= 5))
        {
            return Task.FromResult<Results<Ok<IssueResponse>, NotFound, ValidationProblem>>(
                TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = ["评价须为 1 至 5 分。"] }, title: "请求参数有误"));
        }
        return ChangeAsync(id, user, db, time, IssueTransitions.Acceptance, $"评价 {request.Rating} 分。{request.Comment}".Trim(), (issue, now) =>
        {
            issue.ConfirmFix(request.Rating.Value, now);
            outbox.Publish(new IssueClosed { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Rating = request.Rating, OccurredAt = now });
        }, ct);
    }

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> Objection(Guid id, ObjectionRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        Required(request.Reason, "reason", "异议理由", 2000) ?? ChangeAsync(id, user, db, time, IssueTransitions.Objection, request.Reason, (issue, now) =>
        {
            issue.Object(request.Reason!.Trim(), now);
            outbox.Publish(new IssueReopened { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Reason = request.Reason!.Trim(), OccurredAt = now });
        }, ct);

    /// <summary>
    /// Loads the issue as the caller may see it (404 otherwise: a department only its own, a
    /// supervisor only their report), applies the transition (409 if illegal), records history, commits.
    /// </summary>
    private static async Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, string action, string? note,
        Action<Issue, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.VisibleTo(user).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        var from = issue.Status;
        change(issue, now);
        db.Record(issue, user, action, from, note, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(IssueResponse.From(issue, user));
    }

    private static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem>>? Required(string? value, string field, string label, int maxLength) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength
            ? null
            : Task.FromResult<Results<Ok<IssueResponse>, NotFound, ValidationProblem>>(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [$"{label}不能为空，且不超过 {maxLength} 字。"] }, title: "请求参数有误"));
}
