using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.PublicRoster;

/// <summary>
/// What anyone may see (R3, R4, P4): the supervisors now serving, each year's appointments, and
/// whether a certificate is genuine. Never an ID number, phone, e-mail or workplace.
/// </summary>
public static class PublicRosterApi
{
    public const string CachePolicy = "public";

    /// <summary><see cref="Status"/> is where that appointment stands now: active, term-ended, dismissed, adjusted or resigned.</summary>
    public sealed record PublicSupervisor(string Name, string CertificateNumber, string Background, string NominatingUnit,
        string NominatingUnitName, DateOnly TermStart, DateOnly TermEnd, SupervisorStatus Status);
    /// <summary><see cref="EndedOn"/>: the last day of service when the appointment ended before its term.</summary>
    public sealed record CertificateCheck(string CertificateNumber, string Name, string Status, DateOnly TermStart, DateOnly TermEnd,
        DateOnly? EndedOn);

    public static IEndpointRouteBuilder MapPublicRosterApi(this IEndpointRouteBuilder app)
    {
        var publicApi = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous().CacheOutput(CachePolicy);
        publicApi.MapGet("/roster", Current).WithName("PublicRoster").WithSummary("现任义务监督员名单 (R3, P4)");
        publicApi.MapGet("/roster/{year:int}", AppointedIn).WithName("PublicRosterOfYear")
            .WithSummary("某年公布的聘任名单：此后解聘、辞去或届满的人员仍在名单上，并标明现状 (R4)");
        publicApi.MapGet("/certificates/{number}", Verify).WithName("VerifyCertificate").WithSummary("聘书真伪与状态：有效 / 已到期 / 已撤销 (R4)");
        return app;
    }

    public static async Task<Ok<List<PublicSupervisor>>> Current(RosterDbContext db, CancellationToken cancellationToken)
    {
        var serving = await db.Supervisors.AsNoTracking().Where(s => s.Status == SupervisorStatus.Active)
            .OrderBy(s => s.CertificateNumber).ToListAsync(cancellationToken);
        return TypedResults.Ok(serving.Select(s => ToPublic(s, s.CertificateNumber, s.TermStart, s.TermEnd, s.Status)).ToList());
    }

    /// <summary>
    /// The list as published for a year (Art. 5): everyone appointed in it, whatever became of them
    /// since, so a published list never changes; each entry says where that appointment stands now.
    /// Reappointments count in the year they were made; earlier terms in theirs.
    /// </summary>
    public static async Task<Ok<List<PublicSupervisor>>> AppointedIn(int year, RosterDbContext db, CancellationToken cancellationToken)
    {
        var first = new DateOnly(Math.Clamp(year, 1, 9998), 1, 1);
        var last = new DateOnly(Math.Clamp(year, 1, 9998), 12, 31);
        var candidates = await db.Supervisors.AsNoTracking().ToListAsync(cancellationToken);
        var appointments = candidates
            .SelectMany(s => s.PastTerms.Select(t => (s, t.CertificateNumber, t.TermStart, t.TermEnd,
                    Status: t.EndedAs ?? SupervisorStatus.TermEnded))
                .Append((s, s.CertificateNumber, s.TermStart, s.TermEnd, s.Status)))
            .Where(a => a.TermStart >= first && a.TermStart <= last)
            .OrderBy(a => a.CertificateNumber)
            .Select(a => ToPublic(a.s, a.CertificateNumber, a.TermStart, a.TermEnd, a.Status))
            .ToList();
        return TypedResults.Ok(appointments);
    }

    public static async Task<Results<Ok<CertificateCheck>, NotFound>> Verify(string number, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (number.Length > 20 || InputText.HasControlCharacters(number))
        {
            return TypedResults.NotFound();
        }
        var today = DistrictClock.Today(time.GetUtcNow());
        var current = await db.Supervisors.AsNoTracking().FirstOrDefaultAsync(s => s.CertificateNumber == number, cancellationToken);
        if (current is not null)
        {
            var status = current.Status switch
            {
                SupervisorStatus.Dismissed => "revoked",
                SupervisorStatus.Active => today > current.TermEnd ? "expired" : "valid",
                _ => "expired",
            };
            var endedEarly = current.Status is SupervisorStatus.Dismissed or SupervisorStatus.Adjusted or SupervisorStatus.Resigned;
            return TypedResults.Ok(new CertificateCheck(current.CertificateNumber, current.Name, status, current.TermStart, current.TermEnd,
                endedEarly ? current.LastDayOfService() : null));
        }
        // An earlier certificate of a reappointed supervisor: it ended with its term or before.
        var reappointed = (await db.Supervisors.AsNoTracking().ToListAsync(cancellationToken)).Where(s => s.PastTerms.Count > 0);
        var past = reappointed.SelectMany(s => s.PastTerms.Select(t => (s.Name, t))).FirstOrDefault(p => p.t.CertificateNumber == number);
        return past.t is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new CertificateCheck(past.t.CertificateNumber, past.Name, "expired", past.t.TermStart, past.t.TermEnd,
                past.t.EndedOn < past.t.TermEnd ? past.t.EndedOn : null));
    }

    private static PublicSupervisor ToPublic(Supervisor s, string certificate, DateOnly start, DateOnly end,
        SupervisorStatus status) => new(
        s.Name, certificate, s.Background, s.NominatingUnit,
        DistrictReference.NominatingUnits.GetValueOrDefault(s.NominatingUnit, s.NominatingUnit), start, end, status);
}
