using System.Security.Claims;
using Jinning.Messaging.Outbox;
using Jinning.Roster.Data;

namespace Jinning.Roster;

/// <summary>What most roster handlers need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record RosterServices(ClaimsPrincipal User, RosterDbContext Db, IOutbox Outbox, TimeProvider Time,
    CancellationToken CancellationToken)
{
    /// <summary>Who acts, as recorded on what they did.</summary>
    public string Actor => User.Identity?.Name ?? "unknown";

    public Task SaveAsync() => Db.SaveEntitiesAsync(Outbox, CancellationToken);
}
