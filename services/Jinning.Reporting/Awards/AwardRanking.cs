using Jinning.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Awards;

/// <summary>
/// The award ranking of a year (P2, R7) from reports made, suggestions adopted, half-year work handed
/// in on time, commissioned tasks reported, and meetings and trainings attended; weights as the
/// roster's activity record.
/// </summary>
public sealed class AwardRanking(ReportingDbContext db)
{
    public const int AdoptedWeight = 5, DutyWeight = 3, TaskWeight = 3, IssueWeight = 2, MeetingWeight = 1, TrainingWeight = 1;

    public sealed record Entry(int Rank, Guid SupervisorId, string Name, string CertificateNumber, string NominatingUnit,
        int IssuesReported, int SuggestionsAdopted, int DutiesOnTime, int TasksReported, int MeetingsAttended, int TrainingsAttended, int Score);

    public async Task<IReadOnlyList<Entry>> ForYearAsync(int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var prefix = $"{year}-";
        var issues = await db.IssueFacts.AsNoTracking()
            .Where(f => f.ReporterSupervisorId != null && f.ReportedOn >= start && f.ReportedOn <= end && f.Status != "merged")
            .GroupBy(f => f.ReporterSupervisorId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var duties = await db.DutyFacts.AsNoTracking().Where(d => d.Period.StartsWith(prefix))
            .GroupBy(d => d.SupervisorId)
            .Select(g => new { g.Key, OnTime = g.Count(d => d.Submitted && !d.Late), Adopted = g.Count(d => d.SuggestionAdopted) })
            .ToDictionaryAsync(g => g.Key, ct);
        var attendance = await db.AttendanceFacts.AsNoTracking().Where(a => a.Year == year)
            .GroupBy(a => a.SupervisorId)
            .Select(g => new { g.Key, Meetings = g.Count(a => a.Kind == "meeting"), Trainings = g.Count(a => a.Kind == "training") })
            .ToDictionaryAsync(g => g.Key, ct);
        var tasks = await db.TaskFacts.AsNoTracking().Where(t => t.Year == year)
            .GroupBy(t => t.SupervisorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var supervisors = await db.SupervisorFacts.AsNoTracking().ToListAsync(ct);

        var entries = supervisors
            .Select(s =>
            {
                var reported = issues.GetValueOrDefault(s.SupervisorId);
                var duty = duties.GetValueOrDefault(s.SupervisorId);
                var attended = attendance.GetValueOrDefault(s.SupervisorId);
                var (adopted, onTime) = (duty?.Adopted ?? 0, duty?.OnTime ?? 0);
                var (meetings, trainings) = (attended?.Meetings ?? 0, attended?.Trainings ?? 0);
                var reportedTasks = tasks.GetValueOrDefault(s.SupervisorId);
                var score = adopted * AdoptedWeight + onTime * DutyWeight + reportedTasks * TaskWeight + reported * IssueWeight
                    + meetings * MeetingWeight + trainings * TrainingWeight;
                return (s, reported, adopted, onTime, reportedTasks, meetings, trainings, score);
            })
            .Where(e => e.score > 0)
            .OrderByDescending(e => e.score).ThenByDescending(e => e.adopted).ThenBy(e => e.s.CertificateNumber, StringComparer.Ordinal)
            .ToList();
        // Equal scores share a rank (1, 2, 2, 4).
        var ranked = new List<Entry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var rank = i > 0 && entries[i - 1].score == e.score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new Entry(rank, e.s.SupervisorId, e.s.Name, e.s.CertificateNumber, e.s.NominatingUnit, e.reported, e.adopted, e.onTime, e.reportedTasks, e.meetings, e.trainings, e.score));
        }
        return ranked;
    }
}
