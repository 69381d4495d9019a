using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Nominations;

/// <summary>
/// What the roster already knows about a person, by ID number: one file per person (一人一档), so a
/// serving supervisor is not nominated again, a disqualified person never again (Art. 2.5), and a
/// former supervisor comes back through reappointment onto the same file.
/// </summary>
public static class PersonRecord
{
    public static async Task<ProblemHttpResult?> RefusesNominationAsync(RosterDbContext db, string idNumber,
        CancellationToken cancellationToken)
    {
        if (await db.Nominations.AnyAsync(n => n.IdNumber == idNumber && n.Status == NominationStatus.Disqualified, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "该人员不得聘任",
                detail: "该人员曾经资格审核认定有第二条第五项规定的不得聘任情形，不能再被推荐。", type: "https://jinning.gov.cn/problems/disqualified-person");
        }
        var file = await FileOfAsync(db, idNumber, cancellationToken);
        if (file is { Status: SupervisorStatus.Active })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "该人员正在聘期内",
                detail: $"该人员是在聘的营商环境义务监督员（聘书编号 {file.CertificateNumber}），聘期内不能重复推荐；聘任终止或届满后方可重新推荐。",
                type: "https://jinning.gov.cn/problems/already-serving");
        }
        return null;
    }

    /// <summary>The person's supervisor file, if they were ever appointed.</summary>
    public static Task<Supervisor?> FileOfAsync(RosterDbContext db, string idNumber, CancellationToken cancellationToken) =>
        db.Nominations.Where(n => n.IdNumber == idNumber && n.SupervisorId != null)
            .Join(db.Supervisors, n => n.SupervisorId, s => s.Id, (_, s) => s)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether two nominations name the same person.</summary>
    public static bool SamePerson(Nomination first, Nomination second) =>
        string.Equals(first.IdNumber, second.IdNumber, StringComparison.OrdinalIgnoreCase);

    public static ProblemHttpResult HasFile(Supervisor file) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "该人员已有监督员档案", detail: $"该人员曾任监督员（聘书编号 {file.CertificateNumber}），请通过续聘办理，使其履职记录保留在同一档案中。",
        type: "https://jinning.gov.cn/problems/use-reappointment",
        extensions: new Dictionary<string, object?> { ["supervisorId"] = file.Id });

    internal static string Masked(string idNumber) => NominationResponse.MaskIdNumber(idNumber);

    internal static IllegalTransitionException NotApproved(Nomination nomination) =>
        new($"推荐人选当前状态为“{NominationTransitions.Label(nomination.Status)}”，须经资格审核并审定后才能聘任或续聘。");
}
