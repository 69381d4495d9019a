using Jinning.Roster.Data;
using Jinning.Roster.Duties;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Awards;

/// <summary>Counts each supervisor's activity in a year from the roster's own records.</summary>
public sealed class ActivityRecords(RosterDbContext db)
{
    public async Task<List<ActivityRecord>> ForYearAsync(int year, Guid? onlySupervisor, CancellationToken cancellationToken)
    {
        var from = DistrictClock.StartOf(new DateOnly(year, 1, 1)).ToUniversalTime();
        var until = DistrictClock.StartOf(new DateOnly(year + 1, 1, 1)).ToUniversalTime();
        var periods = new[] { new HalfYear(year, 1).ToString(), new HalfYear(year, 2).ToString() };

        var supervisors = await db.Supervisors.AsNoTracking()
            .Where(s => s.TermStart <= new DateOnly(year, 12, 31) && s.TermEnd >= new DateOnly(year, 1, 1))
            .Where(s => onlySupervisor == null || s.Id == onlySupervisor)
            .Select(s => new { s.Id, s.Name, s.CertificateNumber })
            .ToListAsync(cancellationToken);
        var issues = await db.ReportedIssues.AsNoTracking().Where(r => r.ReportedAt >= from && r.ReportedAt < until)
            .GroupBy(r => r.SupervisorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var submissions = await db.HalfYearSubmissions.AsNoTracking().Where(s => periods.Contains(s.Period)).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < until).Select(m => m.AttendedSupervisorIds).ToListAsync(cancellationToken);
        var trainings = await db.Trainings.AsNoTracking().Where(t => periods.Contains(t.Period)).Select(t => t.AttendedSupervisorIds).ToListAsync(cancellationToken);
        var tasks = await db.SupervisionTasks.AsNoTracking().Where(t => t.AssignedAt >= from && t.AssignedAt < until).ToListAsync(cancellationToken);

        return supervisors.Select(s => new ActivityRecord(
                s.Id, s.Name, s.CertificateNumber,
                issues.GetValueOrDefault(s.Id),
                submissions.Count(x => x.SupervisorId == s.Id && x.AdoptedAt != null),
                submissions.Count(x => x.SupervisorId == s.Id && !x.Late),
                tasks.Count(t => t.Results.Any(r => r.SupervisorId == s.Id)),
                meetings.Count(attended => attended.Contains(s.Id)),
                trainings.Count(attended => attended.Contains(s.Id))))
            .ToList();
    }
}
