using Jinning.Roster.Data;
using Jinning.Roster.Duties;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Telemetry;

/// <param name="TermsEndingSoon">Serving supervisors whose term ends within the next 30 days.</param>
/// <param name="Period">The current half-year.</param>
/// <param name="DaysLeft">Days until the current half-year ends (0 on its last day).</param>
/// <param name="Outstanding">Serving supervisors who owe the current half-year's work and have not handed it in.</param>
public sealed record RosterFigures(int TermsEndingSoon, HalfYear Period, int DaysLeft, int Outstanding);

/// <summary>Two counting queries over the (small) supervisors table every refresh; the half-year rule is
/// <see cref="HalfYearObligation"/>'s.</summary>
public sealed class RosterFigureRefresher(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    ILogger<RosterFigureRefresher> logger) : FigureRefresher<RosterFigures>(scopes, time, configuration, logger)
{
    public const int TermWindowDays = 30;

    protected override async Task<RosterFigures> ReadAsync(
        IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RosterDbContext>();
        var today = DistrictClock.Today(now);
        var windowEnd = today.AddDays(TermWindowDays);
        var period = HalfYear.Of(today);
        var periodName = period.ToString();
        // Serving on the period's last day and appointed before its last 30 days, as HalfYearObligation.Owes has it.
        var appointedBy = period.End.AddDays(-HalfYearObligation.NewcomerGraceDays);
        var serving = db.Supervisors.AsNoTracking().Where(s => s.Status == SupervisorStatus.Active);
        var termsEnding = await serving.CountAsync(s => s.TermEnd >= today && s.TermEnd <= windowEnd, cancellationToken);
        var outstanding = await serving
            .Where(s => s.TermStart <= appointedBy && s.TermEnd >= period.End)
            .CountAsync(s => !db.HalfYearSubmissions.Any(h => h.Period == periodName && h.SupervisorId == s.Id), cancellationToken);
        return new RosterFigures(termsEnding, period, period.End.DayNumber - today.DayNumber, outstanding);
    }
}
