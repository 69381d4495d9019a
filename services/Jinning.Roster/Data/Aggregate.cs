using Jinning.Messaging.Ordering;
using Jinning.Messaging.Outbox;

namespace Jinning.Roster.Data;

/// <summary>
/// An aggregate records the events its changes cause; <see cref="RosterDbContext.SaveEntitiesAsync"/>
/// moves them into the outbox in the same transaction, so handlers never build contracts.
/// </summary>
public abstract class Aggregate
{
    private readonly List<(object Message, Action<IOutbox, long> Publish)> _raised = [];

    /// <summary>
    /// How many versioned contract events this aggregate has handed to the outbox: each carries the next
    /// number as its <c>Version</c>, so consumers can apply them in order (issue 16).
    /// </summary>
    public long EventVersion { get; private set; }

    /// <param name="messageId">For what the calendar causes: an ID derived from what fell due (see <see cref="DeterministicMessageId"/>).</param>
    protected void Raise<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class =>
        _raised.Add((message, (outbox, version) => outbox.Publish(EventVersionStamp.Stamp(message, version), messageId)));

    /// <summary>What this aggregate raised and has not yet handed to the outbox.</summary>
    public IReadOnlyList<object> RaisedEvents() => _raised.Select(r => r.Message).ToList();

    internal void HandRaisedEventsTo(IOutbox outbox)
    {
        foreach (var (message, publish) in _raised)
        {
            // Only events that carry a version count, so a consumer of them never waits for a number it cannot get.
            publish(outbox, EventVersionStamp.IsVersioned(message.GetType()) ? ++EventVersion : 0);
        }
        _raised.Clear();
    }
}
