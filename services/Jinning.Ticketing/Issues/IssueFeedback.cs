namespace Jinning.Ticketing.Issues;

/// <summary>
/// 反馈 and 回访 (T5, T10): what the office reported back, until when the reporter may answer, and
/// the answer — a rating, or an objection.
/// </summary>
public sealed class IssueFeedback
{
    /// <summary>Working days the reporter has to confirm or object before the clock closes the issue (T10).</summary>
    public const int ConfirmationWorkingDays = 5;

    public string? Message { get; private set; }
    public DateTimeOffset? GivenAt { get; private set; }
    /// <summary>The end of the fifth working day after the feedback, on the official calendar.</summary>
    public DateTimeOffset? ConfirmationDueAt { get; private set; }
    public int? Rating { get; private set; }
    public string? ObjectionReason { get; private set; }

    internal void Give(string message, DateTimeOffset now, DateTimeOffset confirmationDueAt)
    {
        Message = message;
        GivenAt = now;
        ConfirmationDueAt = confirmationDueAt.ToUniversalTime();
    }

    internal bool WaitIsOver(DateTimeOffset now) => ConfirmationDueAt is { } due && now > due;

    internal void Rate(int rating) => Rating = rating;

    internal void Object(string reason) => ObjectionReason = reason;
}
