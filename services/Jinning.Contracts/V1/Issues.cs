namespace Jinning.Contracts.V1;

/// <summary>An issue entered the system (T1); <see cref="Major"/> ones reach the office at once (T2).</summary>
public sealed record IssueReported
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required string Channel { get; init; }
    public required string Source { get; init; }
    public required bool Major { get; init; }
    /// <summary>Set when a supervisor reported it. Never forwarded to departments.</summary>
    public Guid? ReporterSupervisorId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// An issue was dispatched to a department (T3, T9). Published on a topic exchange with the routing
/// key set to <see cref="DepartmentCode"/>; it carries nothing that identifies the reporter.
/// </summary>
public sealed record IssueTransferred
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    /// <summary><c>transfer</c>, <c>assign</c> or <c>supervise</c>.</summary>
    public required string Kind { get; init; }
    public required string DepartmentCode { get; init; }
    public required string Category { get; init; }
    public required bool Major { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public string? Place { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public string? Instructions { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A department returned an issue (退单); the office must arbitrate (T4).</summary>
public sealed record IssueReturned
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required string Reason { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A department reported its rectification (T4).</summary>
public sealed record IssueRectified
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>An issue passed its deadline unresolved and escalates to supervision (T4).</summary>
public sealed record IssueOverdue
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office reported the result back to the reporters (T5).</summary>
public sealed record FeedbackGiven
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required IReadOnlyList<Guid> ReporterSupervisorIds { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The reporter confirmed the fix; the issue is closed (T5).</summary>
public sealed record IssueClosed
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public int? Rating { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The reporter objected; the issue is reopened for redo or escalation (T5).</summary>
public sealed record IssueReopened
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>Obstruction of or retaliation against a supervisor was reported; for discipline only (T6).</summary>
public sealed record RetaliationReported
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A confirmed case was exposed on the public, anonymised list (T7).</summary>
public sealed record CaseExposed
{
    public required Guid IssueId { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public string? DepartmentCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>A reminder (催办) to the department before an issue's deadline (T4).</summary>
public sealed record IssueReminderDue
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
