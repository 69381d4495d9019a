namespace Jinning.Messaging;

/// <summary>
/// The name of the service's own meter, <c>Jinning.&lt;Service&gt;</c>. Every piece of a service that records
/// a metric creates its meter through <c>IMeterFactory</c> with this name, so they all land on one meter.
/// </summary>
public sealed record ServiceMeter(string Name)
{
    public static ServiceMeter For(string serviceName) =>
        new("Jinning." + char.ToUpperInvariant(serviceName[0]) + serviceName[1..]);

    /// <summary>The tag value for a message type: its short name, without namespace or assembly.</summary>
    public static string TypeTag(string messageType)
    {
        var name = messageType.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
