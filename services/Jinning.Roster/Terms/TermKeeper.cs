using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Terms;

/// <summary>Applies the calendar to every term that ends within the warning window: warnings, and the automatic end.</summary>
public sealed class TermKeeper(RosterDbContext db, IOutbox outbox, TimeProvider time, ILogger<TermKeeper> logger)
{
    public async Task<int> ReviewAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DistrictClock.Today(now);
        var horizon = today.AddDays(Supervisor.TermWarningDays.Max());
        var due = await db.Supervisors
            .Where(s => s.Status == SupervisorStatus.Active && s.TermEnd <= horizon)
            .ToListAsync(cancellationToken);

        var notices = 0;
        foreach (var supervisor in due)
        {
            switch (supervisor.ReviewTerm(today, now))
            {
                case TermNotice.Ended ended:
                    outbox.Publish(new SupervisorTermEnded
                    {
                        SupervisorId = supervisor.Id,
                        CertificateNumber = supervisor.CertificateNumber,
                        TermEnd = ended.TermEnd,
                        OccurredAt = now,
                    });
                    logger.LogInformation("Term of {CertificateNumber} ended on {TermEnd}", supervisor.CertificateNumber, ended.TermEnd);
                    notices++;
                    break;
                case TermNotice.Ending ending:
                    outbox.Publish(new SupervisorTermEnding
                    {
                        SupervisorId = supervisor.Id,
                        CertificateNumber = supervisor.CertificateNumber,
                        TermEnd = supervisor.TermEnd,
                        DaysLeft = ending.DaysLeft,
                        OccurredAt = now,
                    });
                    notices++;
                    break;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return notices;
    }
}
