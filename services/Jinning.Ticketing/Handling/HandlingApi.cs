using System.Security.Claims;
using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Ticketing.Handling;

/// <summary>
/// The department's side (T4): sign for, return, report progress and rectification; then the
/// office's review and feedback and the reporter's confirmation or objection (T5). Each change is on the history.
/// </summary>
public static class HandlingApi
{
    public sealed record ReturnRequest(string? Reason, string? Note);
    public sealed record ProgressRequest(string? Note);
    public sealed record RectificationRequest(string? Summary, IReadOnlyList<string>? Evidence);
    public sealed record ReviewRequest(bool? Approved, string? Note);
    public sealed record FeedbackRequest(string? Message);
    public sealed record AcceptanceRequest(int? Rating, string? Comment);
    public sealed record ObjectionRequest(string? Reason);

    public static IEndpointRouteBuilder MapHandlingApi(this IEndpointRouteBuilder app)
    {
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Handling");
        issue.MapPost("/accept", Accept).WithName("SignForIssue").WithSummary("签收 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/return", Return).WithName("ReturnIssue").WithSummary("退单，须说明理由 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/progress", Progress).WithName("PostIssueProgress").WithSummary("报告办理进展；协办单位报告协办情况 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/rectification", Rectify).WithName("ReportRectification").WithSummary("报告整改情况及佐证 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/review", Review).WithName("ReviewRectification").WithSummary("审核整改：通过，或退回重新整改 (T5)").RequireRoles(Roles.Office);
        issue.MapPost("/feedback", Feedback).WithName("GiveFeedback").WithSummary("向监督员反馈办理结果 (T5)").RequireRoles(Roles.Office);
        issue.MapPost("/acceptance", Acceptance).WithName("ConfirmFix")
            .WithSummary("回访确认并评价：监督员本人；热线、信箱和群众投诉由办公室回访后登记 (T5)").RequireRoles(Roles.Supervisor, Roles.Office);
        issue.MapPost("/objection", Objection).WithName("ObjectToResult")
            .WithSummary("对结果提出异议，重办：监督员本人；热线、信箱和群众投诉由办公室登记 (T5)").RequireRoles(Roles.Supervisor, Roles.Office);
        return app;
    }

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Accept(Guid id, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct) =>
        IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Accept, null, Actor.LeadUnit, (issue, now) => issue.SignFor(now), ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Return(Guid id, ReturnRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        IssueChange.Required(request.Reason, "reason", "退单理由", 500) ?? IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Return, $"{request.Reason} {request.Note}".Trim(), Actor.LeadUnit, (issue, now) =>
        {
            issue.Return(request.Reason!.Trim(), now);
            outbox.Publish(new IssueReturned
            {
                IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, Reason = request.Reason!.Trim(),
                Note = request.Note, OccurredAt = now,
            });
        }, ct);

    /// <summary>The lead unit's progress moves the issue to in progress; a co-handler's is recorded beside it.</summary>
    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Progress(Guid id, ProgressRequest request, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var department = user.DepartmentCode();
        return IssueChange.Required(request.Note, "note", "进展说明", 5000) ?? IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Progress, $"[{department}] {request.Note}", Actor.Any, (issue, now) =>
        {
            if (issue.DepartmentCode == department)
            {
                issue.PostProgress(now);
            }
            else
            {
                issue.PostCoHandlerProgress(now);
            }
        }, ct);
    }

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Rectify(Guid id, RectificationRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        IssueChange.Required(request.Summary, "summary", "整改情况", 5000) ?? (request.Evidence is { Count: > 50 } || request.Evidence?.Any(e => e.Length > 500) == true
            ? IssueChange.Invalid("evidence", "佐证不超过 50 项，每项不超过 500 字；照片和文件请作为附件上传。")
            : IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Rectify, request.Summary, Actor.LeadUnit, (issue, now) =>
            {
                issue.Rectify(request.Summary!.Trim(), request.Evidence ?? [], now);
                outbox.Publish(new IssueRectified
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.DepartmentCode!, OccurredAt = now,
                    DispatchedAt = issue.DispatchedAt, Deadline = issue.Deadline,
                });
            }, ct));

    /// <summary>审核: approved, or sent back for redo with a reason.</summary>
    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Review(Guid id, ReviewRequest request, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (request.Approved is not { } approved)
        {
            return IssueChange.Invalid("approved", "须注明审核是否通过。");
        }
        var note = approved ? $"审核通过。{request.Note}" : $"退回重新整改：{request.Note}";
        return (approved ? null : IssueChange.Required(request.Note, "note", "退回重新整改的理由", 2000))
            ?? IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Review, note, Actor.Any, (issue, now) => issue.Review(approved, now), ct);
    }

    /// <summary>The outcome goes to every reporter, those of merged duplicates included (T3, T5).</summary>
    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Feedback(Guid id, FeedbackRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        IssueChange.Required(request.Message, "message", "反馈内容", 5000) ?? IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Feedback, request.Message, Actor.Any, (issue, now) =>
        {
            issue.GiveFeedback(request.Message!.Trim(), now);
            outbox.Publish(new FeedbackGiven { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, ReporterSupervisorIds = issue.AllReporters(), OccurredAt = now });
        }, ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Acceptance(Guid id, AcceptanceRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        request.Rating is not (>= 1 and <= 5) ? IssueChange.Invalid("rating", "评价须为 1 至 5 分。")
        : request.Comment?.Length > 2000 ? IssueChange.Invalid("comment", "评价意见不超过 2000 字。")
        : IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Acceptance, $"评价 {request.Rating} 分。{request.Comment}".Trim(), Actor.Reporter, (issue, now) =>
        {
            issue.ConfirmFix(request.Rating.Value, now);
            outbox.Publish(new IssueClosed
            {
                IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Rating = request.Rating, OccurredAt = now,
                ReporterSupervisorIds = issue.AllReporters(), DepartmentCode = issue.DepartmentCode,
            });
        }, ct);

    public static Task<Results<Ok<IssueResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Objection(Guid id, ObjectionRequest request, ClaimsPrincipal user, TicketingDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct) =>
        IssueChange.Required(request.Reason, "reason", "异议理由", 2000) ?? IssueChange.ApplyAsync(id, user, db, time, IssueTransitions.Objection, request.Reason, Actor.Reporter, (issue, now) =>
        {
            issue.Object(request.Reason!.Trim(), now);
            outbox.Publish(new IssueReopened { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Reason = request.Reason!.Trim(), OccurredAt = now });
        }, ct);
}
