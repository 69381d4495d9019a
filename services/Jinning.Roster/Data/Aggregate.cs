using Jinning.Messaging.Outbox;

namespace Jinning.Roster.Data;

/// <summary>
/// An aggregate records the events its changes cause; <see cref="RosterDbContext.SaveEntitiesAsync"/>
/// moves them into the outbox in the same transaction, so handlers never build contracts.
/// </summary>
public abstract class Aggregate
{
    private readonly List<(object Message, Action<IOutbox> Publish)> _raised = [];

    /// <param name="messageId">For what the calendar causes: an ID derived from what fell due (see <see cref="DeterministicMessageId"/>).</param>
    protected void Raise<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class =>
        _raised.Add((message, outbox => outbox.Publish(message, messageId)));

    /// <summary>What this aggregate raised and has not yet handed to the outbox.</summary>
    public IReadOnlyList<object> RaisedEvents() => _raised.Select(r => r.Message).ToList();

    internal void HandRaisedEventsTo(IOutbox outbox)
    {
        foreach (var (_, publish) in _raised)
        {
            publish(outbox);
        }
        _raised.Clear();
    }
}
