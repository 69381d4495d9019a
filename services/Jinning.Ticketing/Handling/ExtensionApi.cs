using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Mvc;

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
        var issue = app.MapGroup("/api/ticketing/issues/{id:guid}").WithTags("Handling")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        issue.MapPost("/extension", Request).WithName("RequestExtension").WithSummary("申请延期，须在办理时限届满前 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/extension/decision", Decide).WithName("DecideExtension").WithSummary("批准或不批准延期 (T4)").RequireRoles(Roles.Office);
        issue.MapPost("/material-request", AskForMaterial).WithName("RequestMaterial").WithSummary("要求补充材料，期间停止计时 (T4)").RequireRoles(Roles.Department);
        issue.MapPost("/material", SupplyMaterial).WithName("SupplyMaterial").WithSummary("材料已补充，恢复计时并顺延时限 (T4)").RequireRoles(Roles.Office);
        return app;
    }

    public static async Task<IssueChangeResult> Request(Guid id, ExtensionRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (request.Until is not { } until)
        {
            return InputProblems.Invalid("until", "须注明申请延至的时限。");
        }
        if (Input.Required(request.Reason, "reason", "延期理由", 2000) is { } invalid)
        {
            return invalid;
        }
        var reason = request.Reason!.Trim();
        return await IssueChange.ApplyAsync(id, services, IssueAction.Extension, $"申请延期至 {Day(until)}：{request.Reason}", Actor.LeadUnit,
            (issue, now) => issue.RequestExtension(until, reason, now), ct);
    }

    public static async Task<IssueChangeResult> Decide(Guid id, ExtensionDecisionRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (request.Granted is not { } granted)
        {
            return InputProblems.Invalid("granted", "须注明是否批准延期。");
        }
        if (Input.Optional(request.Note, "note", "审批意见", 2000) is { } invalid)
        {
            return invalid;
        }
        var decision = "不批准延期";
        if (granted)
        {
            decision = "批准延期";
        }
        return await IssueChange.ApplyAsync(id, services, IssueAction.ExtensionDecision, $"{decision}。{request.Note}", Actor.Any,
            (issue, now) => issue.DecideExtension(granted, request.Until, request.Note, now), ct);
    }

    public static async Task<IssueChangeResult> AskForMaterial(Guid id, MaterialRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (Input.Required(request.Note, "note", "所需材料", 2000) is { } invalid)
        {
            return invalid;
        }
        var note = request.Note!.Trim();
        return await IssueChange.ApplyAsync(id, services, IssueAction.MaterialRequest, $"要求补充材料：{request.Note}", Actor.LeadUnit,
            (issue, now) => issue.RequestMaterial(note, now), ct);
    }

    public static async Task<IssueChangeResult> SupplyMaterial(Guid id, MaterialRequest request, [AsParameters] IssueServices services,
        CancellationToken ct)
    {
        if (Input.Optional(request.Note, "note", "说明", 2000) is { } invalid)
        {
            return invalid;
        }
        return await IssueChange.ApplyAsync(id, services, IssueAction.MaterialSupplied, $"材料已补充，恢复计时，时限顺延停止计时的工作日。{request.Note}",
            Actor.Any, async (issue, now) => issue.SupplyMaterial(now, await services.Db.WorkingCalendarAsync(now, ct)), ct);
    }

    private static string Day(DateTimeOffset at) => DistrictClock.Today(at).ToString("yyyy-MM-dd");
}
