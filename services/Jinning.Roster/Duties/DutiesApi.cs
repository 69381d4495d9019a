using System.Security.Claims;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Duties;

/// <summary>Half-year work (D1): who owes what, hand-ins, and the office adopting suggestions.</summary>
public static class DutiesApi
{
    public sealed record DutyRow(Guid SupervisorId, string Name, string CertificateNumber, DutyStatus Status, Guid? SubmissionId,
        DateTimeOffset? SubmittedAt, string? SuggestionTitle, bool SuggestionAdopted);
    public sealed record PeriodDuties(string Period, DateOnly Start, DateOnly End, int Owed, int Submitted, int Late, int Outstanding, IReadOnlyList<DutyRow> Supervisors);
    public sealed record SubmissionRequest(string? Ledger, string? SuggestionTitle, string? Suggestion);
    public sealed record SubmissionResponse(Guid Id, string Period, DutyStatus Status, DateTimeOffset SubmittedAt);

    public static IEndpointRouteBuilder MapDutiesApi(this IEndpointRouteBuilder app)
    {
        var duties = app.MapGroup("/api/roster/duties/half-years/{period}").WithTags("Duties");
        duties.MapGet("/", GetPeriod).WithName("GetHalfYearDuties").WithSummary("半年度台账与建议书报送情况（办公室：全部；监督员：本人）(D1)")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        duties.MapPost("/submissions", Submit).WithName("SubmitHalfYearWork").WithSummary("报送半年度台账与建议书 (D1)")
            .RequireRoles(Roles.Supervisor);
        return app;
    }

    public static async Task<Results<Ok<PeriodDuties>, ValidationProblem>> GetPeriod(
        string period, ClaimsPrincipal user, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!HalfYear.TryParse(period, out var half))
        {
            return InvalidPeriod(period);
        }
        var today = DistrictClock.Today(time.GetUtcNow());
        var supervisors = db.Supervisors.AsNoTracking().Where(s => s.TermStart <= half.Value.End && s.TermEnd >= half.Value.End);
        if (!user.IsOffice())
        {
            var own = user.SupervisorId();
            supervisors = supervisors.Where(s => s.Id == own);
        }
        var owing = (await supervisors.ToListAsync(cancellationToken)).Where(s => HalfYearObligation.Owes(s, half.Value)).ToList();
        var ids = owing.Select(s => s.Id).ToList();
        var submissions = await db.HalfYearSubmissions.AsNoTracking()
            .Where(s => s.Period == half.Value.ToString() && ids.Contains(s.SupervisorId))
            .ToDictionaryAsync(s => s.SupervisorId, cancellationToken);

        var rows = owing.OrderBy(s => s.CertificateNumber).Select(s =>
        {
            submissions.TryGetValue(s.Id, out var submission);
            return new DutyRow(s.Id, s.Name, s.CertificateNumber, HalfYearObligation.StatusOf(half.Value, submission?.SubmittedOn, today),
                submission?.Id, submission?.SubmittedAt, submission?.SuggestionTitle, submission?.AdoptedAt is not null);
        }).ToList();
        return TypedResults.Ok(new PeriodDuties(half.Value.ToString(), half.Value.Start, half.Value.End, rows.Count,
            rows.Count(r => r.Status == DutyStatus.Submitted), rows.Count(r => r.Status == DutyStatus.Late),
            rows.Count(r => r.Status is DutyStatus.Due or DutyStatus.Overdue), rows));
    }

    public static async Task<Results<Created<SubmissionResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Submit(
        string period, SubmissionRequest request, [AsParameters] RosterServices services)
    {
        if (!HalfYear.TryParse(period, out var half))
        {
            return InvalidPeriod(period);
        }
        var errors = new Dictionary<string, string[]>();
        var ledger = InputText.Required(errors, "ledger", request.Ledger, 20000, "台账内容");
        var suggestionTitle = InputText.Required(errors, "suggestionTitle", request.SuggestionTitle, 200, "建议书标题");
        var suggestion = InputText.Required(errors, "suggestion", request.Suggestion, 20000, "建议书内容");
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var now = services.Time.GetUtcNow();
        var today = DistrictClock.Today(now);
        var supervisorId = services.User.SupervisorId();
        var supervisor = await services.Db.Supervisors.FirstOrDefaultAsync(s => s.Id == supervisorId, services.CancellationToken);
        if (supervisor is null || !HalfYearObligation.Owes(supervisor, half.Value) || today < half.Value.Start)
        {
            return TypedResults.Problem(title: "无需报送", detail: $"{half} 不是您需要报送的半年度。",
                statusCode: StatusCodes.Status409Conflict, type: "https://jinning.gov.cn/problems/not-owed");
        }
        if (await services.Db.HalfYearSubmissions.AnyAsync(s => s.Period == half.Value.ToString() && s.SupervisorId == supervisor.Id,
            services.CancellationToken))
        {
            return TypedResults.Problem(title: "已报送", detail: $"{half} 的台账与建议书已报送。",
                statusCode: StatusCodes.Status409Conflict, type: "https://jinning.gov.cn/problems/already-submitted");
        }

        var submission = HalfYearSubmission.Submit(NewId.NextGuid(), half.Value, supervisor.Id, ledger!, suggestionTitle!, suggestion!,
            now);
        services.Db.HalfYearSubmissions.Add(submission);
        await services.SaveAsync();
        return TypedResults.Created($"/api/roster/duties/half-years/{half}/submissions/{submission.Id}",
            new SubmissionResponse(submission.Id, submission.Period, HalfYearObligation.StatusOf(half.Value, today, today), now));
    }

    internal static ValidationProblem InvalidPeriod(string period) =>
        InputProblems.Invalid("period", $"半年度“{period}”无效，格式如 2026-H1、2026-H2。");
}
