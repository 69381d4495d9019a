using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Ticketing.PublicComplaints;

/// <summary>Anyone may complain about the business environment online (T1); the gateway rate-limits it.</summary>
public static class PublicComplaintsApi
{
    public sealed record ComplaintRequest(string? Title, string? Description, string? Category, string? Place, string? InvolvedUnit, string? ContactName, string? ContactPhone);
    public sealed record ComplaintReceipt(string TrackingNumber, string Message);

    public static IEndpointRouteBuilder MapPublicComplaintsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/public/complaints", Complain).WithTags("Public").WithName("PublicComplaint")
            .WithSummary("公众在线投诉，成为来源为 public-web 的问题 (T1)").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Created<ComplaintReceipt>, ValidationProblem>> Complain(
        ComplaintRequest request, IssueIntake intake, CancellationToken cancellationToken)
    {
        var report = new ReportIssueRequest(request.Title, request.Description, request.Category ?? "other", "public-web",
            request.Place, request.InvolvedUnit, Major: false, Source: "public-web");
        var errors = report.Validate(byOffice: true, out var valid);
        var contact = string.Join(" ", new[] { request.ContactName, request.ContactPhone }.Where(v => !string.IsNullOrWhiteSpace(v))).Trim();
        if (contact.Length > 200) errors["contactPhone"] = ["联系方式不超过 200 字。"];
        if (valid is null || errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        // The public gets a receipt, not the issue: what happens next is for the office and the department.
        var issue = await intake.RegisterAsync(valid, reporterSupervisorId: null, new ClaimsPrincipal(new ClaimsIdentity()), contact.Length > 0 ? contact : null, cancellationToken);
        return TypedResults.Created($"/api/public/complaints/{issue.TrackingNumber}",
            new ComplaintReceipt(issue.TrackingNumber, $"您的投诉已受理，编号 {issue.TrackingNumber}。咨询电话 0871-67802885。"));
    }
}
