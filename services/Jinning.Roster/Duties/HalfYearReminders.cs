using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Duties;

/// <summary>
/// Tells each supervisor who still owes the period's work, <see cref="DaysBeforeEnd"/> days before the
/// half-year ends (<c>HalfYearWorkDue</c>), once. Notification delivers it; roster owns the fact.
/// </summary>
public sealed class HalfYearReminders(RosterDbContext db, IOutbox outbox, TimeProvider time)
{
    public const int DaysBeforeEnd = 15;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DistrictClock.Today(now);
        var period = HalfYear.Of(today);
        if (today < period.End.AddDays(-DaysBeforeEnd))
        {
            return 0;
        }
        var key = period.ToString();
        var candidates = await db.Supervisors
            .Where(s => s.Status == SupervisorStatus.Active && s.TermStart <= period.End && s.TermEnd >= period.End)
            .Where(s => !db.HalfYearSubmissions.Any(x => x.Period == key && x.SupervisorId == s.Id))
            .Where(s => !db.HalfYearReminders.Any(r => r.Period == key && r.SupervisorId == s.Id))
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var supervisor in candidates.Where(s => HalfYearObligation.Owes(s, period)))
        {
            db.HalfYearReminders.Add(new HalfYearReminder { Period = key, SupervisorId = supervisor.Id, SentAt = now });
            outbox.Publish(new HalfYearWorkDue { Period = key, SupervisorId = supervisor.Id, DueOn = period.End, OccurredAt = now },
                DeterministicMessageId.For(supervisor.Id, $"half-year-work-due:{key}", period.End));
            sent++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
