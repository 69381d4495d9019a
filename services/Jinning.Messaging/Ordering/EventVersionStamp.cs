using System.Collections.Concurrent;
using System.Reflection;

namespace Jinning.Messaging.Ordering;

/// <summary>
/// Writes an aggregate's event version into a freshly built contract event that has a <c>long Version</c>
/// property, so producers stamp versions in the one place events reach the outbox instead of at every
/// construction. Events without the property are left as they are.
/// </summary>
public static class EventVersionStamp
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> VersionProperties = new();

    public static bool IsVersioned(Type type) => VersionProperty(type) is not null;

    /// <summary>Sets the version on <paramref name="message"/>, which must not have been shared yet.</summary>
    public static T Stamp<T>(T message, long version) where T : class
    {
        VersionProperty(message.GetType())?.SetValue(message, version);
        return message;
    }

    public static long Read(object message) => VersionProperty(message.GetType())?.GetValue(message) is long version ? version : 0;

    private static PropertyInfo? VersionProperty(Type type) => VersionProperties.GetOrAdd(type, static t =>
        t.GetProperty("Version", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var p, CanWrite: true } property
            && p == typeof(long) ? property : null);
}
