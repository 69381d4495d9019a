using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Dispatch;

/// <summary>What the office asks for when it dispatches: the lead unit, co-handlers, kind, level, deadline.</summary>
public sealed record DispatchRequest(
    string? Kind, string? DepartmentCode, DateTimeOffset? Deadline, string? Instructions,
    IReadOnlyList<string>? CoHandlers = null, string? Level = null);

/// <summary>
/// Turns a dispatch request into a <see cref="DispatchOrder"/>: active departments only, a deadline in
/// the future or the default for the kind on the official calendar, and the sign-for limit.
/// </summary>
public sealed class DispatchPlanner(TicketingDbContext db)
{
    public const int MaxCoHandlers = 10;

    public async Task<(DispatchOrder? Order, Dictionary<string, string[]> Errors)> PlanAsync(
        DispatchRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = KebabEnum.Parse<DispatchKind>(errors, "kind", request.Kind, "办理方式");
        SupervisionLevel? level = request.Level is null ? null : KebabEnum.Parse<SupervisionLevel>(errors, "level", request.Level, "督办层级");
        if (level is not null && kind != DispatchKind.Supervise) errors["level"] = ["只有督办需要注明层级。"];

        var coHandlers = (request.CoHandlers ?? []).Distinct().ToList();
        var wanted = coHandlers.Append(request.DepartmentCode ?? "").ToList();
        var active = await db.Departments.AsNoTracking().Where(d => wanted.Contains(d.Code) && d.Active).Select(d => d.Code).ToListAsync(cancellationToken);
        if (request.DepartmentCode is null || !active.Contains(request.DepartmentCode)) errors["departmentCode"] = ["责任单位不存在或已停用。"];
        if (coHandlers.Count > MaxCoHandlers) errors["coHandlers"] = [$"协办单位不超过 {MaxCoHandlers} 个。"];
        else if (coHandlers.FirstOrDefault(c => !active.Contains(c)) is { } unknown) errors["coHandlers"] = [$"协办单位“{unknown}”不存在或已停用。"];
        else if (coHandlers.Contains(request.DepartmentCode ?? "")) errors["coHandlers"] = ["牵头单位不能同时是协办单位。"];
        if (request.Deadline <= now) errors["deadline"] = ["办理时限须晚于现在。"];
        if (request.Instructions?.Length > 2000) errors["instructions"] = ["办理要求不超过 2000 字。"];
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var calendar = await db.WorkingCalendarAsync(now, cancellationToken);
        var deadline = request.Deadline ?? DeadlineRules.DefaultDeadline(kind!.Value, now, calendar);
        var signFor = DeadlineRules.SignForDeadline(now, calendar);
        return (new DispatchOrder(kind!.Value, request.DepartmentCode!, deadline, signFor < deadline ? signFor : deadline,
            request.Instructions?.Trim(), coHandlers, level), errors);
    }
}
