using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.History;

public static class IssueHistoryRecorder
{
    /// <summary>The platform itself (the clock, events from other services) as the actor on the history.</summary>
    public static readonly ClaimsPrincipal System =
        new(new ClaimsIdentity([new Claim("name", "system"), new Claim("role", "system")], "system", "name", "role"));

    /// <summary>Appends who did what to the issue, in the same transaction as the change.</summary>
    public static void Record(this TicketingDbContext db, Issue issue, ClaimsPrincipal user, IssueAction action, IssueStatus? from,
        string? note, DateTimeOffset now) =>
        db.IssueHistory.Add(new IssueHistoryEntry
        {
            IssueId = issue.Id,
            At = now,
            Actor = user.Identity?.Name ?? "system",
            ActorRole = user.FindFirst("role")?.Value ?? "system",
            Action = KebabEnum.Format(action),
            FromStatus = from is { } status ? KebabEnum.Format(status) : null,
            ToStatus = KebabEnum.Format(issue.Status),
            Note = note is { Length: > 5000 } ? note[..5000] : note,
        });
}
