using System.Collections.Concurrent;
using System.Reflection;

namespace Jinning.Messaging.Ordering;

/// <summary>
/// Reads which aggregate a contract event is about and its version there: the first of <c>IssueId</c>,
/// <c>SupervisorId</c>, <c>NominationId</c> the event has, with its <c>Version</c>. Events without a
/// version, or carrying 0 (sent before versions existed), are unversioned and apply as they arrive.
/// </summary>
public static class VersionedEvent
{
    private static readonly string[] AggregateKeys = ["IssueId", "SupervisorId", "NominationId"];
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> KeyProperties = new();

    public readonly record struct Position(Guid AggregateId, long Version);

    public static Position? Read(object message)
    {
        var version = EventVersionStamp.Read(message);
        if (version <= 0 || KeyProperty(message.GetType())?.GetValue(message) is not Guid aggregateId)
        {
            return null;
        }
        return new Position(aggregateId, version);
    }

    private static PropertyInfo? KeyProperty(Type type) => KeyProperties.GetOrAdd(type, static t => AggregateKeys
        .Select(name => t.GetProperty(name, BindingFlags.Public | BindingFlags.Instance))
        .FirstOrDefault(p => p?.PropertyType == typeof(Guid)));
}
