using Jinning.Roster.Data;
using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Nominations;

public static class NominationsApi
{
    public static IEndpointRouteBuilder MapNominationsApi(this IEndpointRouteBuilder app)
    {
        var nominations = app.MapGroup("/api/roster/nominations").WithTags("Nominations");
        nominations.MapPost("/", Nominate).WithName("Nominate").WithSummary("推荐监督员人选 (R1)；在聘或不得聘任的人员不能被推荐（409）")
            .RequireRoles(Roles.Nominator, Roles.Office);
        nominations.MapGet("/", ListNominations).WithName("ListNominations").WithSummary("推荐人选列表，可按状态筛选（推荐单位只见本单位）")
            .RequireRoles(Roles.Nominator, Roles.Office);
        nominations.MapGet("/{id:guid}", GetNomination).WithName("GetNomination").WithSummary("查看推荐人选")
            .RequireRoles(Roles.Nominator, Roles.Office);
        return app;
    }

    public static async Task<Results<Created<NominationResponse>, ValidationProblem, ProblemHttpResult>> Nominate(
        NominateRequest request, [AsParameters] RosterServices services)
    {
        // A nominating unit nominates for itself; only the office names the unit.
        if (!services.User.IsOffice())
        {
            request = request with { NominatingUnit = services.User.UnitCode() };
        }
        var errors = request.Validate(out var background);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var idNumber = request.IdNumber!.ToUpperInvariant();
        if (await PersonRecord.RefusesNominationAsync(services.Db, idNumber, services.CancellationToken) is { } refusal)
        {
            return refusal;
        }

        var nomination = Nomination.Nominate(
            NewId.NextGuid(), request.Name!.Trim(), idNumber, request.Phone, request.Email, request.Workplace!.Trim(), background,
            request.SmallOrMediumEnterprise, request.NominatingUnit!, request.Statement?.Trim(), services.Time.GetUtcNow());
        services.Db.Nominations.Add(nomination);
        await services.SaveAsync();

        return TypedResults.Created($"/api/roster/nominations/{nomination.Id}",
            NominationResponse.From(nomination, revealIdNumber: services.User.IsOffice()));
    }

    public static async Task<Results<Ok<PagedList<NominationResponse>>, ValidationProblem>> ListNominations(
        ClaimsPrincipal user, RosterDbContext db, CancellationToken cancellationToken, string? unit = null, string? status = null,
        int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var query = db.Nominations.AsNoTracking().VisibleTo(user);
        if (unit is not null)
        {
            query = query.Where(n => n.NominatingUnit == unit);
        }
        if (status is not null)
        {
            var errors = new Dictionary<string, string[]>();
            if (KebabEnum.Parse<NominationStatus>(errors, "status", status, "推荐状态") is not { } wanted)
            {
                return InputProblems.Invalid(errors);
            }
            query = query.Where(n => n.Status == wanted);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(n => n.NominatedAt).ThenBy(n => n.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<NominationResponse>(
            items.Select(n => NominationResponse.From(n, revealIdNumber: user.IsOffice())).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<NominationResponse>, NotFound>> GetNomination(Guid id, ClaimsPrincipal user, RosterDbContext db, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        return nomination is null ? TypedResults.NotFound() : TypedResults.Ok(NominationResponse.From(nomination, revealIdNumber: user.IsOffice()));
    }
}
