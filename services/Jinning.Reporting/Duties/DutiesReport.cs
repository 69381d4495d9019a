using System.Text.RegularExpressions;
using Jinning.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Duties;

/// <summary>Half-year compliance (P2): who owed the work, who handed it in on time, late, or not at all.</summary>
public sealed partial class DutiesReport(ReportingDbContext db)
{
    public sealed record SupervisorDuty(Guid SupervisorId, string Name, string CertificateNumber, string NominatingUnit, string Status, bool SuggestionAdopted);

    public sealed record Compliance(string Period, int Owed, int OnTime, int Late, int Missing, double? ComplianceRate, int SuggestionsAdopted, IReadOnlyList<SupervisorDuty> Supervisors);

    [GeneratedRegex(@"^\d{4}-H[12]$")]
    public static partial Regex HalfYearPattern();

    public async Task<Compliance> ForAsync(string period, CancellationToken ct)
    {
        var rows = await (from duty in db.DutyFacts.AsNoTracking()
                          where duty.Period == period && duty.Owed
                          join supervisor in db.SupervisorFacts.AsNoTracking() on duty.SupervisorId equals supervisor.SupervisorId into named
                          from supervisor in named.DefaultIfEmpty()
                          select new { duty, supervisor }).ToListAsync(ct);
        var supervisors = rows
            .Select(r => new SupervisorDuty(r.duty.SupervisorId, r.supervisor?.Name ?? "（未知）", r.supervisor?.CertificateNumber ?? "", r.supervisor?.NominatingUnit ?? "",
                !r.duty.Submitted ? "missing" : r.duty.Late ? "late" : "on-time", r.duty.SuggestionAdopted))
            .OrderBy(s => s.Status == "missing" ? 0 : s.Status == "late" ? 1 : 2).ThenBy(s => s.CertificateNumber, StringComparer.Ordinal)
            .ToList();
        var owed = supervisors.Count;
        var onTime = supervisors.Count(s => s.Status == "on-time");
        var late = supervisors.Count(s => s.Status == "late");
        return new Compliance(period, owed, onTime, late, owed - onTime - late, owed == 0 ? null : Math.Round((double)onTime / owed, 4),
            supervisors.Count(s => s.SuggestionAdopted), supervisors);
    }
}
