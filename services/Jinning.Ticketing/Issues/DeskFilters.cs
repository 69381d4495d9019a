using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// Filters of the issue list for what the office chases each day: a unit that has not signed for an
/// issue in time (催签), and deadlines falling on a given day (tomorrow's, to remind in time).
/// </summary>
public static class DeskFilters
{
    /// <summary>The statuses in which a department holds the issue and its deadline runs, as the deadline clock counts them.</summary>
    private static readonly IssueStatus[] Held =
        [IssueStatus.Dispatched, IssueStatus.SignedFor, IssueStatus.InProgress, IssueStatus.WaitingForMaterial, IssueStatus.Returned];

    /// <summary>Dispatched and still not signed for past the sign-for limit (true), or not that (false); read live, not from the clock's last tick.</summary>
    public static IQueryable<Issue> SignForOverdue(this IQueryable<Issue> issues, bool? wanted, DateTimeOffset now) => wanted switch
    {
        true => issues.Where(i => i.Status == IssueStatus.Dispatched && i.Assignment.SignForDeadline < now),
        false => issues.Where(i => i.Status != IssueStatus.Dispatched || i.Assignment.SignForDeadline == null
            || i.Assignment.SignForDeadline >= now),
        null => issues,
    };

    /// <summary>
    /// The office's own queues: <c>dispatch</c> (registered, being researched, returned by a unit or reopened
    /// after an objection: the office decides where it goes), <c>feedback</c> (rectified or reviewed: the
    /// office answers the reporter) and <c>confirmation</c> (feedback given: the reporter confirms or objects).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IssueStatus[]> Queues = new Dictionary<string, IssueStatus[]>
    {
        ["dispatch"] = [IssueStatus.Registered, IssueStatus.Researching, IssueStatus.Returned, IssueStatus.Reopened],
        ["feedback"] = [IssueStatus.Rectified, IssueStatus.Reviewed],
        ["confirmation"] = [IssueStatus.FeedbackGiven],
    };

    public static IQueryable<Issue> Awaiting(this IQueryable<Issue> issues, IssueStatus[]? queue) =>
        queue is null ? issues : issues.Where(i => queue.Contains(i.Status));

    /// <summary>Held by a department with the deadline on <paramref name="day"/> in district time.</summary>
    public static IQueryable<Issue> DueOn(this IQueryable<Issue> issues, DateOnly? day)
    {
        if (day is not { } wanted)
        {
            return issues;
        }
        var start = DistrictClock.StartOf(wanted).ToUniversalTime();
        var end = DistrictClock.StartOf(wanted.AddDays(1)).ToUniversalTime();
        return issues.Where(i => Held.Contains(i.Status) && i.Assignment.Deadline >= start && i.Assignment.Deadline < end);
    }
}
