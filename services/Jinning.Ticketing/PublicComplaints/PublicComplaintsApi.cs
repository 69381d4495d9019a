using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Security;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.PublicComplaints;

/// <summary>
/// Anyone may complain about the business environment online (T1) and follow the complaint with its
/// tracking number and the one-time query code handed out with it (T13). The gateway limits posting
/// per address; wrong query codes are limited here, per tracking number.
/// </summary>
public static class PublicComplaintsApi
{
    public sealed record ComplaintRequest(string? Title, string? Description, string? Category, string? Place, string? InvolvedUnit,
        string? ContactName, string? ContactPhone);

    /// <summary>The query code is shown here once; only its hash is kept.</summary>
    public sealed record ComplaintReceipt(string TrackingNumber, string QueryCode, string Message);


    /// <summary>What a complainant sees: progress and the answer, nothing internal (no department notes, no people).</summary>
    public sealed record ComplaintProgress(string TrackingNumber, IssueStatus Status, IssueState State, IssueOutcome? Outcome,
        IReadOnlyList<TimelineEntry> Timeline, string? Feedback);

    public const int MaxQueryCodeLength = 64;

    public static IEndpointRouteBuilder MapPublicComplaintsApi(this IEndpointRouteBuilder app)
    {
        var complaints = app.MapGroup("/api/public/complaints").WithTags("Public").AllowAnonymous();
        complaints.MapPost("/", Complain).WithName("PublicComplaint")
            .WithSummary("公众在线投诉，成为来源为 public-web 的问题；返回查询编号和只显示一次的查询码 (T1, T13)");
        complaints.MapGet("/{trackingNumber}", Track).WithName("TrackComplaint")
            .WithSummary("凭查询编号和查询码查看投诉办理进度；查询码错误答 404，同一编号错误过多答 429 (T13)")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<Results<Created<ComplaintReceipt>, ValidationProblem>> Complain(
        ComplaintRequest request, IssueIntake intake, CancellationToken cancellationToken)
    {
        var report = new ReportIssueRequest(request.Title, request.Description, request.Category ?? "other", "public-web",
            request.Place, request.InvolvedUnit, Major: false, Source: "public-web", ContactName: request.ContactName,
                ContactPhone: request.ContactPhone);
        var errors = report.Validate(reporter: null, byOffice: true, out var valid);
        if (valid is null)
        {
            return InputProblems.Invalid(errors);
        }
        // The public gets a receipt, not the issue: what happens next is for the office and the department.
        var (issue, queryCode) = await intake.RegisterAsync(valid, new ClaimsPrincipal(new ClaimsIdentity()), null, cancellationToken);
        return TypedResults.Created($"/api/public/complaints/{issue.TrackingNumber}", new ComplaintReceipt(issue.TrackingNumber, queryCode!,
            $"您的投诉已受理，编号 {issue.TrackingNumber}，查询码 {queryCode}（只显示这一次，请妥善保存）。咨询电话 0871-67802885。"));
    }

    public static async Task<Results<Ok<ComplaintProgress>, NotFound, ValidationProblem, ProblemHttpResult>> Track(
        string trackingNumber, string? code, TicketingDbContext db, ComplaintQueryLimiter limiter, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxQueryCodeLength)
        {
            return InputProblems.Invalid("code", "请输入受理时给出的查询码。");
        }
        if (trackingNumber.Length > 32)
        {
            return TypedResults.NotFound();
        }
        var issue = await db.Issues.AsNoTracking()
            .FirstOrDefaultAsync(i => i.TrackingNumber == trackingNumber && i.QueryCodeHash != null, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        if (!await limiter.TryReserveAsync(issue.TrackingNumber, cancellationToken))
        {
            response.Headers.RetryAfter = "900";
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "查询过于频繁",
                detail: "该编号的查询码错误次数过多，请稍后再试。", type: "https://jinning.gov.cn/problems/rate-limited");
        }
        if (!SecretHasher.Verify(code.Trim().ToUpperInvariant(), issue.QueryCodeHash!))
        {
            return TypedResults.NotFound();
        }
        await limiter.ReleaseAsync(issue.TrackingNumber, cancellationToken);
        var history = await db.IssueHistory.AsNoTracking().Where(h => h.IssueId == issue.Id).OrderBy(h => h.Id)
            .ToListAsync(cancellationToken);
        var timeline = PublicTimeline.Of(issue, history, "投诉");
        return TypedResults.Ok(new ComplaintProgress(issue.TrackingNumber, issue.Status, issue.State, issue.Outcome, timeline,
            issue.Feedback.Message));
    }
}
