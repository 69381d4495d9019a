namespace Jinning.Messaging.Outbox;

/// <summary>
/// Publishes a message once the caller's <c>SaveChangesAsync</c> (or transaction) commits, and
/// never otherwise. Use it instead of MassTransit's publish for every domain event.
/// </summary>
public interface IOutbox
{
    /// <param name="message">The contract message.</param>
    /// <param name="messageId">
    /// The envelope's message ID, when the message must have the same ID whoever raises it (clock events,
    /// see <see cref="DeterministicMessageId"/>): the outbox keeps one row per ID and inboxes apply one
    /// message per ID, so two instances racing publish it once. A new ID when omitted.
    /// </param>
    void Publish<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class;
}
