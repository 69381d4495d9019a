namespace Jinning.DemoData;

/// <summary>
/// How many things the loader does side by side. Each request waits mostly on the services (a
/// commit, an outbox row, a hop through the gateway), so a few in flight take a fraction of the time,
/// also on a busy machine; more would only queue behind each other.
/// </summary>
public static class Lanes
{
    public const int Count = 4;

    public static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Count, CancellationToken = cancellationToken };
}
