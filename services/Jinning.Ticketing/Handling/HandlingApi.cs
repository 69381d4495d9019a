using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Closing;
using Jinning.Ticketing.Dispatch;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Handling")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        issue.MapPost("/accept", Accept).WithName("SignForIssue").WithSummary("签收 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/return", Return).WithName("ReturnIssue").WithSummary("退单，须说明理由 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/progress", Progress).WithName("PostIssueProgress").WithSummary("报告办理进展；协办单位报告协办情况 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/rectification", Rectify).WithName("ReportRectification").WithSummary("报告整改情况及佐证 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/review", Review).WithName("ReviewRectification").WithSummary("审核整改：通过，或退回重新整改 (T5)").RequireRoles(Roles.Office);
        issue.MapPost("/feedback", Feedback).WithName("GiveFeedback")
            .WithSummary("向监督员反馈办理结果；报告人 5 个工作日内确认，登录已停用的报告人无法确认，问题即办结 (T5, T10)").RequireRoles(Roles.Office);
        issue.MapPost("/acceptance", Acceptance).WithName("ConfirmFix")
            .WithSummary("回访确认并评价：监督员本人；热线、信箱和群众投诉由办公室回访后登记 (T5)").RequireRoles(Roles.Supervisor, Roles.Office);
        issue.MapPost("/objection", Objection).WithName("ObjectToResult")
            .WithSummary("对结果提出异议，重办：监督员本人；热线、信箱和群众投诉由办公室登记 (T5)").RequireRoles(Roles.Supervisor, Roles.Office);
        return app;
    }

    public static Task<IssueChangeResult> Accept(Guid id, [AsParameters] IssueServices services, CancellationToken ct) =>
        IssueChange.ApplyAsync(id, services, IssueAction.Accept, null, Actor.LeadUnit, (issue, now) => issue.SignFor(now), ct);

    public static async Task<IssueChangeResult> Return(Guid id, ReturnRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (Input.Required(request.Reason, "reason", "退单理由", 500) is { } invalid)
        {
            return invalid;
        }
        if (Input.Optional(request.Note, "note", "退单说明", 2000) is { } invalidNote)
        {
            return invalidNote;
        }
        var reason = request.Reason!.Trim();
        return await IssueChange.ApplyAsync(id, services, IssueAction.Return, $"{reason} {request.Note}".Trim(), Actor.LeadUnit,
            (issue, now) => issue.Return(reason, request.Note, now), ct);
    }

    /// <summary>The lead unit's progress moves the issue to in progress; a co-handler's is recorded beside it.</summary>
    public static async Task<IssueChangeResult> Progress(Guid id, ProgressRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (Input.Required(request.Note, "note", "进展说明", 5000) is { } invalid)
        {
            return invalid;
        }
        var department = services.User.DepartmentCode();
        return await IssueChange.ApplyAsync(id, services, IssueAction.Progress, $"[{department}] {request.Note}", Actor.Any, (issue, now) =>
        {
            if (issue.Assignment.DepartmentCode == department)
            {
                issue.PostProgress(now);
                return;
            }
            issue.PostCoHandlerProgress(now);
        }, ct);
    }

    public static async Task<IssueChangeResult> Rectify(Guid id, RectificationRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (Input.Required(request.Summary, "summary", "整改情况", 5000) is { } invalid)
        {
            return invalid;
        }
        if (request.Evidence is { Count: > 50 } || request.Evidence?.Any(e => e is null || e.Length > 500) == true)
        {
            return Jinning.ServiceDefaults.InputProblems.Invalid("evidence", "佐证不超过 50 项，每项不超过 500 字；照片和文件请作为附件上传。");
        }
        var summary = request.Summary!.Trim();
        return await IssueChange.ApplyAsync(id, services, IssueAction.Rectification, request.Summary, Actor.LeadUnit,
            (issue, now) => issue.Rectify(summary, request.Evidence ?? [], now), ct);
    }

    /// <summary>审核: approved, or sent back for redo with a reason.</summary>
    public static async Task<IssueChangeResult> Review(Guid id, ReviewRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (request.Approved is not { } approved)
        {
            return Jinning.ServiceDefaults.InputProblems.Invalid("approved", "须注明审核是否通过。");
        }
        if (approved && Input.Optional(request.Note, "note", "审核意见", 2000) is { } invalidNote)
        {
            return invalidNote;
        }
        if (!approved && Input.Required(request.Note, "note", "退回重新整改的理由", 2000) is { } missingReason)
        {
            return missingReason;
        }
        var note = $"退回重新整改：{request.Note}";
        if (approved)
        {
            note = $"审核通过。{request.Note}";
        }
        return await IssueChange.ApplyAsync(id, services, IssueAction.Review, note, Actor.Any, (issue, now) => issue.Review(approved, now),
            ct);
    }

    /// <summary>
    /// The outcome goes to every reporter, those of merged duplicates included (T3, T5). The reporter
    /// has five working days to answer; one whose sign-in is disabled cannot, and the issue closes now (T10).
    /// </summary>
    public static async Task<IssueChangeResult> Feedback(Guid id, FeedbackRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (Input.Required(request.Message, "message", "反馈内容", 5000) is { } invalid)
        {
            return invalid;
        }
        var message = request.Message!.Trim();
        return await IssueChange.ApplyAsync(id, services, IssueAction.Feedback, request.Message, Actor.Any, async (issue, now) =>
        {
            var calendar = await services.Db.WorkingCalendarAsync(now, ct);
            var disabled = await services.Db.IsSignInDisabledAsync(issue.ReporterSupervisorId, ct);
            issue.GiveFeedback(message, DeadlineRules.ConfirmationDue(now, calendar), disabled, now);
            if (issue.Status == IssueStatus.Closed)
            {
                services.Db.Record(issue, services.User, IssueAction.ReporterUnreachable, IssueStatus.FeedbackGiven,
                    "报告人登录已停用，无法回访确认，反馈后即办结。", now);
            }
        }, ct);
    }

    public static async Task<IssueChangeResult> Acceptance(Guid id, AcceptanceRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (request.Rating is not { } rating || rating is < 1 or > 5)
        {
            return Jinning.ServiceDefaults.InputProblems.Invalid("rating", "评价须为 1 至 5 分。");
        }
        if (Input.Optional(request.Comment, "comment", "评价意见", 2000) is { } invalid)
        {
            return invalid;
        }
        return await IssueChange.ApplyAsync(id, services, IssueAction.Acceptance, $"评价 {rating} 分。{request.Comment}".Trim(), Actor.Reporter,
            (issue, now) => issue.ConfirmFix(rating, now), ct);
    }

    public static async Task<IssueChangeResult> Objection(Guid id, ObjectionRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (Input.Required(request.Reason, "reason", "异议理由", 2000) is { } invalid)
        {
            return invalid;
        }
        var reason = request.Reason!.Trim();
        return await IssueChange.ApplyAsync(id, services, IssueAction.Objection, request.Reason, Actor.Reporter,
            (issue, now) => issue.Object(reason, now), ct);
    }
}
