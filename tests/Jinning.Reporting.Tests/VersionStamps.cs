using Jinning.Messaging.Ordering;

namespace Jinning.Reporting.Tests;

/// <summary>Stamps test events the way the producers do: each aggregate's versioned events count 1, 2, 3… in the order given.</summary>
public static class VersionStamps
{
    public static object[] InOrder(IEnumerable<object> events)
    {
        var versions = new Dictionary<Guid, long>();
        return events.Select(message =>
        {
            if (EventVersionStamp.IsVersioned(message.GetType()) && AggregateOf(message) is { } aggregate)
            {
                versions[aggregate] = versions.GetValueOrDefault(aggregate) + 1;
                EventVersionStamp.Stamp(message, versions[aggregate]);
            }
            return message;
        }).ToArray();
    }

    private static Guid? AggregateOf(object message) => new[] { "IssueId", "SupervisorId", "NominationId" }
        .Select(name => message.GetType().GetProperty(name)?.GetValue(message)).OfType<Guid>().Cast<Guid?>().FirstOrDefault();
}
