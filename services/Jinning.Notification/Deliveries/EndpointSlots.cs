using System.Collections.Concurrent;

namespace Jinning.Notification.Deliveries;

/// <summary>
/// How many sends run here per endpoint. An endpoint at its limit is not claimed from until one finishes, so a slow webhook
/// holds at most its own slots and never the claims other endpoints' notices need.
/// </summary>
public sealed class EndpointSlots(int perEndpoint)
{
    private readonly ConcurrentDictionary<string, int> _running = new();
    private int _total;

    public int Total => Volatile.Read(ref _total);

    /// <summary>Endpoints with no free slot: the claim skips them.</summary>
    public string[] Busy() => [.. _running.Where(pair => pair.Value >= perEndpoint).Select(pair => pair.Key)];

    /// <summary>Takes a slot if the endpoint has one free (a claim may bring more rows for one endpoint than it has slots).</summary>
    public bool TryEnter(string endpoint)
    {
        var entered = false;
        _running.AddOrUpdate(endpoint, _ => { entered = true; return 1; }, (_, running) =>
        {
            entered = running < perEndpoint;
            return entered ? running + 1 : running;
        });
        if (entered)
        {
            Interlocked.Increment(ref _total);
        }
        return entered;
    }

    public void Leave(string endpoint)
    {
        _running.AddOrUpdate(endpoint, 0, (_, running) => running - 1);
        _running.TryRemove(new KeyValuePair<string, int>(endpoint, 0));
        Interlocked.Decrement(ref _total);
    }
}
