using Jinning.Contracts.V1;
using Jinning.Reporting.Awards;
using Jinning.Reporting.Data;
using Jinning.Reporting.Duties;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Roster;

/// <summary>Applies the roster's events: supervisors and their terms, half-year work, adopted suggestions, attendance, task results.</summary>
public sealed class RosterProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(SupervisorAppointed e, CancellationToken ct)
    {
        var fact = await db.SupervisorFacts.FindAsync([e.SupervisorId], ct);
        if (fact is null)
        {
            db.SupervisorFacts.Add(new SupervisorFact
            {
                SupervisorId = e.SupervisorId, Name = e.Name, CertificateNumber = e.CertificateNumber, NominatingUnit = e.NominatingUnit,
                Background = e.Background, TermStart = e.TermStart, TermEnd = e.TermEnd, Status = "serving",
            });
            return;
        }
        // A reappointment: a new term under the new certificate.
        fact.CertificateNumber = e.CertificateNumber;
        fact.TermStart = e.TermStart;
        fact.TermEnd = e.TermEnd;
        fact.Status = "serving";
    }

    public Task ApplyAsync(SupervisorTermEnded e, CancellationToken ct) => SetStatus(e.SupervisorId, "ended", ct);

    public Task ApplyAsync(SupervisorDismissed e, CancellationToken ct) => SetStatus(e.SupervisorId, "dismissed", ct);

    public async Task ApplyAsync(HalfYearWorkDue e, CancellationToken ct)
    {
        var duty = await DutyAsync(e.Period, e.SupervisorId, ct);
        duty.Owed = true;
        duty.DueOn = e.DueOn;
    }

    public async Task ApplyAsync(HalfYearWorkSubmitted e, CancellationToken ct)
    {
        var duty = await DutyAsync(e.Period, e.SupervisorId, ct);
        duty.Owed = true;
        duty.Submitted = true;
        duty.Late = e.Late;
        duty.SubmittedAt = e.OccurredAt.ToUniversalTime();
    }

    public async Task ApplyAsync(SuggestionAdopted e, CancellationToken ct)
    {
        var duty = await DutyAsync(e.Period, e.SupervisorId, ct);
        duty.SuggestionAdopted = true;
    }

    /// <summary>The list in the message replaces the earlier one for the same activity.</summary>
    public async Task ApplyAsync(AttendanceRecorded e, CancellationToken ct)
    {
        // Loaded, then read from the tracker, so a rebuild that saves in batches sees the rows of unsaved earlier events too.
        await db.AttendanceFacts.Where(a => a.ActivityId == e.ActivityId).LoadAsync(ct);
        var earlier = db.AttendanceFacts.Local.Where(a => a.ActivityId == e.ActivityId).ToList();
        db.AttendanceFacts.RemoveRange(earlier.Where(a => !e.AttendedSupervisorIds.Contains(a.SupervisorId)));
        foreach (var supervisor in e.AttendedSupervisorIds.Distinct().Where(s => earlier.All(a => a.SupervisorId != s)))
        {
            db.AttendanceFacts.Add(new AttendanceFact { ActivityId = e.ActivityId, SupervisorId = supervisor, Kind = e.Kind, Year = e.Year });
        }
    }

    public async Task ApplyAsync(TaskResultReported e, CancellationToken ct)
    {
        if (await db.TaskFacts.FindAsync([e.TaskId, e.SupervisorId], ct) is null)
        {
            db.TaskFacts.Add(new TaskFact { TaskId = e.TaskId, SupervisorId = e.SupervisorId, Year = e.Year });
        }
    }

    private async Task SetStatus(Guid supervisorId, string status, CancellationToken ct)
    {
        if (await db.SupervisorFacts.FindAsync([supervisorId], ct) is { } fact)
        {
            fact.Status = status;
        }
    }

    private async Task<DutyFact> DutyAsync(string period, Guid supervisorId, CancellationToken ct)
    {
        var duty = await db.DutyFacts.FindAsync([period, supervisorId], ct);
        if (duty is null)
        {
            duty = new DutyFact { Period = period, SupervisorId = supervisorId };
            db.DutyFacts.Add(duty);
        }
        return duty;
    }
}
