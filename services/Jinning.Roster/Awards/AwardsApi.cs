using System.Security.Claims;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Awards;

public static class AwardsApi
{
    public sealed record AwardRequest(int? Year, Guid? SupervisorId, string? Title, string? Note);
    public sealed record AwardResponse(Guid Id, int Year, Guid SupervisorId, string Title, string? Note, DateTimeOffset AwardedAt);
    public sealed record Candidate(int Rank, ActivityRecord Record, int Score, bool Awarded);
    public sealed record YearOfAwards(int Year, IReadOnlyList<AwardResponse> Awards, IReadOnlyList<Candidate> Ranking);

    public static IEndpointRouteBuilder MapAwardsApi(this IEndpointRouteBuilder app)
    {
        var awards = app.MapGroup("/api/roster/awards").WithTags("Awards").RequireRoles(Roles.Office);
        awards.MapPost("/", Give).WithName("GiveAward").WithSummary("评优评奖 (R7)");
        awards.MapGet("/", ListYear).WithName("ListAwards").WithSummary("某年的奖项与按履职记录排序的候选人 (R7)");
        return app;
    }

    public static async Task<Results<Created<AwardResponse>, ValidationProblem, ProblemHttpResult>> Give(
        AwardRequest request, ClaimsPrincipal user, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Year is null or < 2021 or > 2100) errors["year"] = ["年度无效。"];
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 100) errors["title"] = ["奖项名称不能为空，且不超过 100 字。"];
        if (request.Note?.Length > 2000) errors["note"] = ["说明不超过 2000 字。"];
        // Only a valid year is asked about: a year outside DateOnly's range would throw before the query is sent.
        var served = request.SupervisorId is { } id && request.Year is { } year and >= 2021 and <= 2100 && await db.Supervisors.AnyAsync(s =>
            s.Id == id && s.TermStart <= new DateOnly(year, 12, 31) && s.TermEnd >= new DateOnly(year, 1, 1), cancellationToken);
        if (!served) errors["supervisorId"] = ["须为该年度在聘的监督员。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        if (await db.Awards.AnyAsync(a => a.Year == request.Year && a.SupervisorId == request.SupervisorId && a.Title == request.Title!.Trim(), cancellationToken))
        {
            return TypedResults.Problem(title: "已评定", detail: "该监督员本年度已获得此奖项。", statusCode: StatusCodes.Status409Conflict,
                type: "https://jinning.gov.cn/problems/duplicate-award");
        }
        var award = new Award
        {
            Id = NewId.NextGuid(), Year = request.Year!.Value, SupervisorId = request.SupervisorId!.Value, Title = request.Title!.Trim(),
            Note = request.Note?.Trim(), AwardedAt = time.GetUtcNow(), AwardedBy = user.Identity?.Name,
        };
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/roster/awards?year={award.Year}", ToResponse(award));
    }

    public static async Task<Results<Ok<YearOfAwards>, ValidationProblem>> ListYear(RosterDbContext db, ActivityRecords records,
        TimeProvider time, CancellationToken cancellationToken, int? year = null)
    {
        var wanted = year ?? DistrictClock.Today(time.GetUtcNow()).Year;
        if (wanted is < 2000 or > 2100)
        {
            return InputProblems.Invalid("year", "年度无效。");
        }
        var awards = await db.Awards.AsNoTracking().Where(a => a.Year == wanted).OrderBy(a => a.AwardedAt).ToListAsync(cancellationToken);
        var awarded = awards.Select(a => a.SupervisorId).ToHashSet();
        var ranking = (await records.ForYearAsync(wanted, null, cancellationToken))
            .OrderByDescending(r => r.Score).ThenBy(r => r.CertificateNumber)
            .Select((r, index) => new Candidate(index + 1, r, r.Score, awarded.Contains(r.SupervisorId)))
            .ToList();
        return TypedResults.Ok(new YearOfAwards(wanted, awards.Select(ToResponse).ToList(), ranking));
    }

    private static AwardResponse ToResponse(Award a) => new(a.Id, a.Year, a.SupervisorId, a.Title, a.Note, a.AwardedAt);
}
