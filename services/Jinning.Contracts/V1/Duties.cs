namespace Jinning.Contracts.V1;

/// <summary>Half-year work (ledger and suggestion report) is due soon from a supervisor (D1).</summary>
public sealed record HalfYearWorkDue
{
    public required string Period { get; init; }
    public required Guid SupervisorId { get; init; }
    public required DateOnly DueOn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A supervisor handed in half-year work (D1).</summary>
public sealed record HalfYearWorkSubmitted
{
    public required string Period { get; init; }
    public required Guid SupervisorId { get; init; }
    public required Guid SubmissionId { get; init; }
    public required bool Late { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office scheduled a symposium or special meeting (D2).</summary>
public sealed record MeetingScheduled
{
    public required Guid MeetingId { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public string? Place { get; init; }
    public required IReadOnlyList<Guid> InvitedSupervisorIds { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office issued learning material or held a training (D3).</summary>
public sealed record TrainingIssued
{
    public required Guid TrainingId { get; init; }
    public required string Period { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<Guid> SupervisorIds { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office adopted a supervisor's suggestion report (D1); it weighs most in the award ranking (R7).</summary>
public sealed record SuggestionAdopted
{
    public required Guid SubmissionId { get; init; }
    public required Guid SupervisorId { get; init; }
    public required string Period { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// Who attended a meeting or training (D2, D3). Each message carries the whole list, which replaces
/// any earlier one for the same activity.
/// </summary>
public sealed record AttendanceRecorded
{
    public required Guid ActivityId { get; init; }
    /// <summary><c>meeting</c> or <c>training</c>.</summary>
    public required string Kind { get; init; }
    /// <summary>The year the activity counts for in the award ranking.</summary>
    public required int Year { get; init; }
    public required IReadOnlyList<Guid> AttendedSupervisorIds { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A supervisor reported the result of a commissioned task (D4) for the first time; it counts in the award ranking (R7).</summary>
public sealed record TaskResultReported
{
    public required Guid TaskId { get; init; }
    public required Guid SupervisorId { get; init; }
    /// <summary>The year the task was assigned in, which it counts for.</summary>
    public required int Year { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// The office forwarded a supervisor's half-year suggestion report to departments (D5). Ticketing
/// opens one issue of type <c>suggestion</c> per department, dispatched as a transfer, and answers
/// each with <see cref="SuggestionIssueOpened"/>.
/// </summary>
public sealed record SuggestionForwarded
{
    public required Guid SubmissionId { get; init; }
    public required Guid SupervisorId { get; init; }
    public required string Period { get; init; }
    public required IReadOnlyList<string> DepartmentCodes { get; init; }
    /// <summary>The suggestion text as handed in; it becomes the issue's description.</summary>
    public required string Suggestion { get; init; }
    /// <summary>The office's note to the departments; it becomes the dispatch instructions.</summary>
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>Ticketing opened the suggestion issue for one department of a <see cref="SuggestionForwarded"/> (D5).</summary>
public sealed record SuggestionIssueOpened
{
    public required Guid SubmissionId { get; init; }
    public required string DepartmentCode { get; init; }
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The office commissioned supervision from named supervisors (D4); each is told.</summary>
public sealed record TaskAssigned
{
    public required Guid TaskId { get; init; }
    /// <summary><c>special</c>, <c>key</c>, <c>mystery-visit</c> or <c>complaint-verification</c>.</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public DateOnly? DueOn { get; init; }
    public required IReadOnlyList<Guid> SupervisorIds { get; init; }
    /// <summary>For a complaint verification: the issue it verifies.</summary>
    public Guid? VerifiesIssueId { get; init; }
    public string? VerifiesTrackingNumber { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
