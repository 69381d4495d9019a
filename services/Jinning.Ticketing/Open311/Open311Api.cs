using System.Text.Json.Serialization;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Reference;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Open311;

/// <summary>
/// Export in Open311 GeoReport v2 shape (T5), for other civic systems: service requests with the
/// plain open/closed state, the category as service, the lead unit as agency. No reporter data.
/// </summary>
public static class Open311Api
{
    public sealed record Service(
        [property: JsonPropertyName("service_code")] string ServiceCode,
        [property: JsonPropertyName("service_name")] string ServiceName,
        [property: JsonPropertyName("description")] string Description,
        [property: JsonPropertyName("metadata")] bool Metadata,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("keywords")] string Keywords,
        [property: JsonPropertyName("group")] string Group);

    public sealed record ServiceRequest(
        [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("status_notes")] string StatusNotes,
        [property: JsonPropertyName("service_name")] string ServiceName,
        [property: JsonPropertyName("service_code")] string ServiceCode,
        [property: JsonPropertyName("description")] string Description,
        [property: JsonPropertyName("agency_responsible")] string? AgencyResponsible,
        [property: JsonPropertyName("requested_datetime")] DateTimeOffset RequestedDatetime,
        [property: JsonPropertyName("updated_datetime")] DateTimeOffset UpdatedDatetime,
        [property: JsonPropertyName("expected_datetime")] DateTimeOffset? ExpectedDatetime,
        [property: JsonPropertyName("address")] string? Address);

    public static IEndpointRouteBuilder MapOpen311Api(this IEndpointRouteBuilder app)
    {
        var open311 = app.MapGroup("/api/ticketing/open311/v2").WithTags("Open311").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        open311.MapGet("/services.json", Services).WithName("Open311Services").WithSummary("Open311 GeoReport v2 服务类别");
        open311.MapGet("/requests.json", Requests).WithName("Open311Requests").WithSummary("Open311 GeoReport v2 问题导出（开放/办结）");
        return app;
    }

    public static Ok<List<Service>> Services() => TypedResults.Ok(Enum.GetValues<IssueCategory>()
        .Where(c => c != IssueCategory.Retaliation)
        .Select(c => new Service(KebabEnum.Format(c), CategoryName(c), CategoryName(c), false, "realtime", "营商环境", "营商环境监督"))
        .ToList());

    /// <summary>GeoReport v2 filters: <c>start_date</c>, <c>end_date</c>, <c>status</c>; at most 1000 per call, newest first.</summary>
    public static async Task<Results<Ok<List<ServiceRequest>>, ValidationProblem>> Requests(
        TicketingDbContext db, CancellationToken cancellationToken,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "start_date")] DateTimeOffset? startDate = null,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "end_date")] DateTimeOffset? endDate = null,
        string? status = null)
    {
        if (status is not (null or "open" or "closed"))
        {
            return InputProblems.Invalid("status", "status 须为 open 或 closed。");
        }
        // Retaliation reports belong to the discipline commission (T6) and never leave the platform.
        var query = db.Issues.AsNoTracking().Where(i => i.Category != IssueCategory.Retaliation && i.Status != IssueStatus.Merged);
        if (startDate is { } start) query = query.Where(i => i.ReportedAt >= start.ToUniversalTime());
        if (endDate is { } end) query = query.Where(i => i.ReportedAt <= end.ToUniversalTime());
        if (status == "closed") query = query.Where(i => i.Status == IssueStatus.Closed);
        if (status == "open") query = query.Where(i => i.Status != IssueStatus.Closed);
        var issues = await query.OrderByDescending(i => i.ReportedAt).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(issues.Select(i => new ServiceRequest(
            i.TrackingNumber, i.State == IssueState.Closed ? "closed" : "open", IssueTransitions.Label(i.Status),
            CategoryName(i.Category), KebabEnum.Format(i.Category), i.Description, i.Assignment.DepartmentCode,
            i.ReportedAt, i.UpdatedAt, i.Assignment.Deadline, i.Place)).ToList());
    }

    private static string CategoryName(IssueCategory category) =>
        DistrictReference.IssueCategories.GetValueOrDefault(KebabEnum.Format(category), "其他");
}
