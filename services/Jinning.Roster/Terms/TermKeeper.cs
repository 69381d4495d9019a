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
            var notice = supervisor.ReviewTerm(today, now);
            if (notice is TermNotice.Ended ended)
            {
                logger.LogInformation("Term of {CertificateNumber} ended on {TermEnd}", supervisor.CertificateNumber, ended.TermEnd);
            }
            notices += notice is null ? 0 : 1;
        }
        await db.SaveEntitiesAsync(outbox, cancellationToken);
        return notices;
    }
}
