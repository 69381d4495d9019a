namespace Jinning.Messaging.Ordering;

/// <summary>Configuration <c>Messaging:ParkedEvents</c>: when a held event is worth a warning, and how often to look.</summary>
public sealed class ParkedEventsOptions
{
    public const string Section = "Messaging:ParkedEvents";

    /// <summary>An event held longer than this is logged as a warning and counted as overdue.</summary>
    public TimeSpan WarnAfter { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(30);
}
