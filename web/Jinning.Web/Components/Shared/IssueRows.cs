using Jinning.Web.Api;

namespace Jinning.Web.Components.Shared;

/// <summary>How a row of an issue table stands out: overdue and major issues are marked (colour and a tag, never colour alone).</summary>
public static class IssueRows
{
    public static string Class(IssueView issue, DateTimeOffset now) => string.Join(" ", new[]
    {
        IssueHeading.IsOverdue(issue, now) ? "row-overdue" : null,
        issue.Major ? "row-major" : null,
    }.Where(c => c is not null));

    /// <summary>Statuses in which the unit's deadline runs (a disputed return included; material stops it).</summary>
    public static bool OnTheClock(IssueView issue) => issue.Status is "dispatched" or "signed-for" or "in-progress" or "returned";
}
