using Jinning.Reporting.Data;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reference;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Reporting.Scorecards;

/// <summary>
/// Departments compared over a period, and the office's own timeliness (P6), counted from
/// <see cref="ScorecardFact"/>s by the day each thing happened:
/// <list type="bullet">
/// <item>signed for on time = sign-fors by the sign-for limit / sign-fors;</item>
/// <item>rectified on time = rectifications by the deadline in force / rectifications;</item>
/// <item>satisfaction = ratings of 4 or 5 / ratings;</item>
/// <item>score = the mean of those three rates a department has; rank by score, ties sharing a rank,
/// departments with no rate unranked;</item>
/// <item>the office: registration → first dispatch and rectification → feedback, in working hours on the
/// official calendar (hours elapsed on working days), median and 90th percentile like P1's.</item>
/// </list>
/// </summary>
public static class DepartmentScorecard
{
    public sealed record DepartmentRow(
        string DepartmentCode, string DepartmentName, int Received, int SignedFor, int SignedForOnTime, double? SignedForOnTimeRate,
        int Returned,
        int Rectified, int RectifiedOnTime, double? RectifiedOnTimeRate, int Overdue, int Escalations, int Rated, double? AverageRating,
        double? SatisfactionRate, int ConfirmationsTimedOut, double? Score, int? Rank);

    public sealed record Timeliness(int Count, double? MedianWorkingHours, double? P90WorkingHours);

    public sealed record OfficeTimeliness(Timeliness RegisteredToDispatch, Timeliness RectifiedToFeedback);

    public sealed record Scorecard(string Period, DateOnly From, DateOnly To, IReadOnlyList<DepartmentRow> Departments,
        OfficeTimeliness Office);

    public static async Task<Scorecard> BuildAsync(ReportingDbContext db, string period, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var facts = await db.ScorecardFacts.AsNoTracking().Where(f => f.OccurredOn >= from && f.OccurredOn <= to).ToListAsync(ct);
        var calendar = await OfficialCalendar.LoadAsync(db, ct);
        var departments = facts.Where(f => f.DepartmentCode is not null).GroupBy(f => f.DepartmentCode!).Select(Row).ToList();
        var ranked = Rank(departments);
        var office = new OfficeTimeliness(
            Time(facts, ScorecardFactKind.Dispatched, calendar),
            Time(facts, ScorecardFactKind.FeedbackGiven, calendar));
        return new Scorecard(period, from, to, ranked, office);
    }

    private static DepartmentRow Row(IGrouping<string, ScorecardFact> facts)
    {
        int Count(ScorecardFactKind kind) => facts.Count(f => f.Kind == kind);
        int OnTime(ScorecardFactKind kind) => facts.Count(f => f.Kind == kind && f.OnTime == true);
        var ratings = facts.Where(f => f.Kind == ScorecardFactKind.Rated && f.Rating is not null).Select(f => f.Rating!.Value).ToList();
        var (signedFor, signedOnTime) = (Count(ScorecardFactKind.SignedFor), OnTime(ScorecardFactKind.SignedFor));
        var (rectified, rectifiedOnTime) = (Count(ScorecardFactKind.Rectified), OnTime(ScorecardFactKind.Rectified));
        var signedRate = Rate(signedOnTime, signedFor);
        var rectifiedRate = Rate(rectifiedOnTime, rectified);
        var satisfaction = Rate(ratings.Count(r => r >= 4), ratings.Count);
        double?[] rates = [signedRate, rectifiedRate, satisfaction];
        var known = rates.Where(r => r is not null).Select(r => r!.Value).ToList();
        double? score = known.Count == 0 ? null : Math.Round(known.Average(), 4);
        double? average = ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2);
        return new DepartmentRow(facts.Key, DistrictReference.Departments.GetValueOrDefault(facts.Key) ?? facts.Key,
            facts.Where(f => f.Kind == ScorecardFactKind.Received).Select(f => f.IssueId).Distinct().Count(), signedFor, signedOnTime,
            signedRate,
            Count(ScorecardFactKind.Returned), rectified, rectifiedOnTime, rectifiedRate,
            facts.Where(f => f.Kind == ScorecardFactKind.Overdue).Select(f => f.IssueId).Distinct().Count(),
            Count(ScorecardFactKind.Escalated),
            ratings.Count, average, satisfaction, Count(ScorecardFactKind.ConfirmationTimedOut), score, null);
    }

    /// <summary>Competition ranking (1, 1, 3) by score; the unscored follow, unranked, by code.</summary>
    private static IReadOnlyList<DepartmentRow> Rank(List<DepartmentRow> rows)
    {
        var scored = rows.Where(r => r.Score is not null).OrderByDescending(r => r.Score).ThenBy(r => r.DepartmentCode,
            StringComparer.Ordinal).ToList();
        var ranked = scored.Select(r => r with { Rank = 1 + scored.Count(other => other.Score > r.Score) });
        var unscored = rows.Where(r => r.Score is null).OrderBy(r => r.DepartmentCode, StringComparer.Ordinal);
        return [.. ranked, .. unscored];
    }

    private static Timeliness Time(List<ScorecardFact> facts, ScorecardFactKind kind, OfficialCalendar calendar)
    {
        var hours = facts.Where(f => f.Kind == kind && f.StartedAt is not null)
            .Select(f => (float)calendar.WorkingHoursBetween(f.StartedAt!.Value, f.OccurredAt))
            .ToArray();
        return new Timeliness(hours.Length, IssueSummary.Percentile(hours.AsSpan(), 0.5), IssueSummary.Percentile(hours.AsSpan(), 0.9));
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
