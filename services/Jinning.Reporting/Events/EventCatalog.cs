using MassTransit;

namespace Jinning.Reporting.Events;

/// <summary>
/// Every event type reporting consumes and keeps, by the name it is recorded under: read off the
/// consumer, so an event added there is kept and replayed without a second list.
/// </summary>
public static class EventCatalog
{
    public static readonly IReadOnlyList<Type> Types = typeof(ReportingEventsConsumer).GetInterfaces()
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
        .Select(i => i.GetGenericArguments()[0])
        .ToList();

    private static readonly Dictionary<string, Type> ByName = Types.ToDictionary(t => t.FullName!);

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
