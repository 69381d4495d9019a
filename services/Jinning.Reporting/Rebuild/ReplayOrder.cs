namespace Jinning.Reporting.Rebuild;

/// <summary>
/// The order a rebuild replays kept events in: the order they were kept, except that each aggregate's versioned
/// events take the places its events held in version order. So an aggregate's events replay as 1, 2, 3… even if
/// they were kept out of order, and events of different aggregates keep their interleaving (issue 16).
/// </summary>
public static class ReplayOrder
{
    public readonly record struct Kept(long Sequence, Guid? AggregateId, long Version);

    public static IReadOnlyList<long> Of(IReadOnlyList<Kept> inKeptOrder)
    {
        var byVersion = inKeptOrder.Where(e => e is { AggregateId: not null, Version: > 0 })
            .GroupBy(e => e.AggregateId!.Value)
            .ToDictionary(g => g.Key, g => new Queue<long>(g.OrderBy(e => e.Version).ThenBy(e => e.Sequence).Select(e => e.Sequence)));
        return inKeptOrder
            .Select(e => e is { AggregateId: { } aggregate, Version: > 0 } ? byVersion[aggregate].Dequeue() : e.Sequence)
            .ToList();
    }
}
