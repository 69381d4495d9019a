namespace Jinning.Messaging.Outbox;

/// <summary>
/// Publishes a message once the caller's <c>SaveChangesAsync</c> (or transaction) commits, and
/// never otherwise. Use it instead of MassTransit's publish for every domain event.
/// </summary>
public interface IOutbox
{
    void Publish<TMessage>(TMessage message) where TMessage : class;
}
