using System.Security.Cryptography;
using System.Text;

namespace Jinning.Messaging.Outbox;

/// <summary>
/// A name-based (version 5, RFC 9562) UUID for an event the calendar causes, from what it is about and
/// when it fell due, never from when an instance noticed: (aggregate, kind, due time). Two instances of
/// a clock that both raise it give it the same ID, so it is published and applied once.
/// </summary>
public static class DeterministicMessageId
{
    /// <summary>This platform's namespace for clock events (a random UUID, fixed forever).</summary>
    private static readonly Guid Namespace = new("4b7c1f0e-6a3d-4e5b-9c2a-8f1d0e3b7a65");

    public static Guid For(Guid aggregateId, string kind, DateTimeOffset dueAt) =>
        For(aggregateId, kind, dueAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    public static Guid For(Guid aggregateId, string kind, DateOnly dueOn) =>
        For(aggregateId, kind, dueOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    public static Guid For(Guid aggregateId, string kind, string due)
    {
        var name = Encoding.UTF8.GetBytes($"{aggregateId:D}|{kind}|{due}");
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. namespaceBytes, .. name]);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
