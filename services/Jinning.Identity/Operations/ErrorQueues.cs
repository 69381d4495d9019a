using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jinning.Identity.Operations;

/// <summary>
/// MassTransit moves a message its consumer kept failing on (after the in-process retries) to the
/// endpoint's <c>&lt;queue&gt;_error</c> queue, with the fault in <c>MT-Fault-*</c> headers. This lists those
/// queues and moves messages back to their own queue for another try; the consumer's inbox makes sure a
/// message that had in fact been applied is not applied twice.
/// </summary>
/// <remarks>
/// The management API can only take messages off a queue, not move them, so a move takes each message
/// and publishes it again: to its own queue, or (moving one) the others back to the error queue, at its end.
/// Between the two steps the message exists only in this process; a crash there loses it, which is why
/// moving is an operator's action and not automatic.
/// </remarks>
public sealed partial class ErrorQueues(BrokerManagementApi broker, ILogger<ErrorQueues> logger)
{
    public const string Suffix = "_error";
    /// <summary>At most this many messages are shown or moved per queue and call.</summary>
    public const int MaxMessages = 500;

    public sealed record ErrorQueue(string Queue, string OriginalQueue, long Count, IReadOnlyList<ErrorMessage> Messages);

    public sealed record ErrorMessage(
        string? MessageId, string? MessageType, string? FaultReason, string? ExceptionType, DateTimeOffset? FaultedAt);

    public sealed record MoveResult(string Queue, int Moved);

    public bool Configured => broker.Configured;

    public static bool IsErrorQueue(string name) => name.EndsWith(Suffix, StringComparison.Ordinal) && name.Length > Suffix.Length;

    public static string OriginalOf(string errorQueue) => errorQueue[..^Suffix.Length];

    public async Task<IReadOnlyList<BrokerManagementApi.QueueDepth>> CountsAsync(CancellationToken cancellationToken) =>
        (await broker.QueuesAsync(cancellationToken)).Where(q => IsErrorQueue(q.Name))
            .OrderBy(q => q.Name, StringComparer.Ordinal).ToList();

    /// <summary>Every <c>_error</c> queue with its count; the messages of those that hold any.</summary>
    public async Task<IReadOnlyList<ErrorQueue>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<ErrorQueue>();
        foreach (var queue in await CountsAsync(cancellationToken))
        {
            var messages = queue.Messages == 0
                ? []
                : await broker.GetAsync(queue.Name, (int)Math.Min(queue.Messages, MaxMessages), remove: false, cancellationToken);
            result.Add(new ErrorQueue(queue.Name, OriginalOf(queue.Name), queue.Messages, messages.Select(Describe).ToList()));
        }
        return result;
    }

    /// <summary>Moves what the error queue holds now back to its own queue; null when there is no such error queue.</summary>
    public async Task<MoveResult?> MoveAllAsync(string errorQueue, CancellationToken cancellationToken)
    {
        var depth = await DepthAsync(errorQueue, cancellationToken);
        if (depth is null)
        {
            return null;
        }
        var original = OriginalOf(errorQueue);
        var moved = 0;
        // Counted from the depth at the start: a message failing again meanwhile lands back here and is left for the next call.
        var remaining = (int)Math.Min(depth.Value, MaxMessages);
        while (remaining > 0)
        {
            var batch = await broker.GetAsync(errorQueue, Math.Min(remaining, 50), remove: true, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var message in batch)
            {
                moved += await RepublishAsync(message, original, errorQueue, cancellationToken) ? 1 : 0;
            }
            remaining -= batch.Count;
        }
        LogMoved(logger, moved, errorQueue, original);
        return new MoveResult(errorQueue, moved);
    }

    /// <summary>
    /// Moves the one message with <paramref name="messageId"/> back; 0 moved when it is not there; null without the queue.
    /// </summary>
    public async Task<MoveResult?> MoveOneAsync(string errorQueue, string messageId, CancellationToken cancellationToken)
    {
        var depth = await DepthAsync(errorQueue, cancellationToken);
        if (depth is null)
        {
            return null;
        }
        var count = (int)Math.Min(depth.Value, MaxMessages);
        var look = count == 0 ? [] : await broker.GetAsync(errorQueue, count, remove: false, cancellationToken);
        if (!look.Any(m => MessageIdOf(m) == messageId))
        {
            return new MoveResult(errorQueue, 0);
        }
        var original = OriginalOf(errorQueue);
        var moved = 0;
        foreach (var message in await broker.GetAsync(errorQueue, count, remove: true, cancellationToken))
        {
            var chosen = moved == 0 && MessageIdOf(message) == messageId;
            if (chosen)
            {
                moved += await RepublishAsync(message, original, errorQueue, cancellationToken) ? 1 : 0;
            }
            else if (!await broker.PublishToQueueAsync(errorQueue, message, cancellationToken))
            {
                LogLost(logger, MessageIdOf(message), errorQueue);
            }
        }
        LogMoved(logger, moved, errorQueue, original);
        return new MoveResult(errorQueue, moved);
    }

    private async Task<long?> DepthAsync(string errorQueue, CancellationToken cancellationToken) =>
        IsErrorQueue(errorQueue)
            ? (await CountsAsync(cancellationToken)).FirstOrDefault(q => q.Name == errorQueue)?.Messages
            : null;

    /// <summary>To its own queue; when that is gone (the service was renamed) back to the error queue, so nothing is lost.</summary>
    private async Task<bool> RepublishAsync(JsonObject message, string original, string errorQueue, CancellationToken cancellationToken)
    {
        if (await broker.PublishToQueueAsync(original, message, cancellationToken))
        {
            return true;
        }
        if (!await broker.PublishToQueueAsync(errorQueue, message, cancellationToken))
        {
            LogLost(logger, MessageIdOf(message), errorQueue);
        }
        return false;
    }

    public static ErrorMessage Describe(JsonObject message)
    {
        var headers = message["properties"]?["headers"] as JsonObject;
        return new ErrorMessage(
            MessageIdOf(message),
            Text(headers?["MT-Fault-MessageType"]) ?? EnvelopeMessageType(message),
            Text(headers?["MT-Fault-Message"]),
            Text(headers?["MT-Fault-ExceptionType"]),
            DateTimeOffset.TryParse(Text(headers?["MT-Fault-Timestamp"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
                out var at) ? at : null);
    }

    private static string? MessageIdOf(JsonObject message) => Text(message["properties"]?["message_id"]);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString();

    /// <summary>MassTransit's JSON envelope names the message's type as <c>urn:message:Namespace:Type</c>.</summary>
    private static string? EnvelopeMessageType(JsonObject message)
    {
        try
        {
            var payload = (string?)message["payload"];
            var bytes = (string?)message["payload_encoding"] == "base64"
                ? Convert.FromBase64String(payload ?? "")
                : Encoding.UTF8.GetBytes(payload ?? "");
            using var envelope = JsonDocument.Parse(bytes);
            return envelope.RootElement.TryGetProperty("messageType", out var types) && types.GetArrayLength() > 0
                ? types[0].GetString()?.Replace("urn:message:", "", StringComparison.Ordinal)
                : null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Moved {Moved} message(s) from {ErrorQueue} back to {Queue}")]
    private static partial void LogMoved(ILogger logger, int moved, string errorQueue, string queue);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error,
        Message = "Message {MessageId} taken from {ErrorQueue} could not be published again and is lost")]
    private static partial void LogLost(ILogger logger, string? messageId, string errorQueue);
}
