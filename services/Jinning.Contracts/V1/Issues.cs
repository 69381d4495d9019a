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
    /// <summary><c>problem</c>, <c>suggestion</c> or <c>highlight</c> (T11).</summary>
    public string Type { get; init; } = "problem";
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
    /// <summary><c>lead</c> for the lead unit (牵头单位), <c>co-handler</c> for a co-handling unit (协办单位).</summary>
    public string Role { get; init; } = "lead";
    /// <summary>The lead unit; equal to <see cref="DepartmentCode"/> for the lead's own message.</summary>
    public string? LeadDepartmentCode { get; init; }
    public IReadOnlyList<string> CoHandlerCodes { get; init; } = [];
    /// <summary>For supervision (督办): <c>office</c>, <c>leadership</c> or <c>public-notice</c>.</summary>
    public string? SupervisionLevel { get; init; }
    /// <summary>签收时限: sign for or return the issue by then.</summary>
    public DateTimeOffset? SignForDeadline { get; init; }
    /// <summary><c>problem</c>, <c>suggestion</c> or <c>highlight</c> (T11).</summary>
    public string Type { get; init; } = "problem";
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
    /// <summary>When the department got the issue; handling time runs from here to <see cref="OccurredAt"/>.</summary>
    public DateTimeOffset? DispatchedAt { get; init; }
    /// <summary>The deadline in force (after any granted extension or stopped clock): on time if not later.</summary>
    public DateTimeOffset? Deadline { get; init; }
}

/// <summary>An issue passed its deadline unresolved and escalates to supervision (T4).</summary>
public sealed record IssueOverdue
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>The supervision level the issue rose to: <c>office</c>, <c>leadership</c> or <c>public-notice</c>.</summary>
    public string? SupervisionLevel { get; init; }
    /// <summary>How many deadlines this unit has missed on the issue, this one included: each is an escalation.</summary>
    public int Escalations { get; init; } = 1;
    public string? Category { get; init; }
}

/// <summary>The office reported the result back to the reporters (T5).</summary>
public sealed record FeedbackGiven
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required IReadOnlyList<Guid> ReporterSupervisorIds { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>The reporter may confirm or object until then; afterwards the issue closes as timed out (T10).</summary>
    public DateTimeOffset? ConfirmationDueAt { get; init; }
}

/// <summary>The issue is closed: confirmed by the reporter, closed by the office, or by the clock (T5, T10).</summary>
public sealed record IssueClosed
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public int? Rating { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Everyone who reported it, merged duplicates included.</summary>
    public IReadOnlyList<Guid> ReporterSupervisorIds { get; init; } = [];
    public string? DepartmentCode { get; init; }
    /// <summary>
    /// <c>resolved</c>, <c>explained</c>, <c>unfounded</c>, <c>not-accepted</c> or <c>referred-elsewhere</c> (T10).
    /// Absent on issues closed before outcomes existed, which were all confirmed as resolved.
    /// </summary>
    public string? Outcome { get; init; }
    /// <summary><c>confirmed</c>, <c>objected</c>, <c>timed-out</c> or <c>not-applicable</c>; absent means confirmed.</summary>
    public string? Confirmation { get; init; }
    public string? Category { get; init; }
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
    /// <summary><c>deadline</c>: the handling deadline is near (催办); <c>sign-for</c>: not signed for in time (催签).</summary>
    public string Reason { get; init; } = "deadline";
}

/// <summary>A duplicate was merged into another issue, whose outcome its reporter gets (T3).</summary>
public sealed record IssueMerged
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required Guid IntoIssueId { get; init; }
    public required string IntoTrackingNumber { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Who reported the duplicate, to be told where it is handled now. Never forwarded to departments.</summary>
    public Guid? ReporterSupervisorId { get; init; }
}

/// <summary>A department asked for a later deadline (延期); the office decides (T4).</summary>
public sealed record IssueExtensionRequested
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required DateTimeOffset RequestedUntil { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office granted or refused an extension; <see cref="Deadline"/> is the one now in force.</summary>
public sealed record IssueExtensionDecided
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required bool Granted { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// The office changed an issue's category, type or major flag (T12). Into <c>retaliation</c> it left
/// every department at once (<see cref="Withdrawn"/>). Carries nothing for departments.
/// </summary>
public sealed record IssueReclassified
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Category { get; init; }
    public required string Type { get; init; }
    public required bool Major { get; init; }
    public required string PreviousCategory { get; init; }
    public required string PreviousType { get; init; }
    public required bool PreviousMajor { get; init; }
    /// <summary>The unit that held the issue lost it, because it is now a retaliation report.</summary>
    public bool Withdrawn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The lead unit signed for an issue (签收, T4); on time if not after <see cref="SignForDeadline"/>.</summary>
public sealed record IssueSignedFor
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public DateTimeOffset? SignForDeadline { get; init; }
    public DateTimeOffset? DispatchedAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// The discipline commission moved a retaliation report to a new stage (T12): <c>received</c>,
/// <c>investigating</c>, <c>substantiated</c>, <c>unsubstantiated</c> or <c>concluded</c>. The
/// reporters are told the stage; the measures never travel.
/// </summary>
public sealed record DisciplineStageRecorded
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Stage { get; init; }
    public IReadOnlyList<Guid> ReporterSupervisorIds { get; init; } = [];
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// A deadline was missed at the public-notice supervision level, and a notice (通报) was published
/// (T13): the department, the category and how late — never the reporter.
/// </summary>
public sealed record PublicNoticePublished
{
    public required Guid NoticeId { get; init; }
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required string Category { get; init; }
    /// <summary>The first deadline the department missed on the issue.</summary>
    public required DateTimeOffset FirstMissedDeadline { get; init; }
    public required int LateWorkingDays { get; init; }
    public required int LateDays { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office changed a year of the official calendar (holidays, make-up working days) that deadlines count on (T4).</summary>
public sealed record WorkingCalendarChanged
{
    public required int Year { get; init; }
    public required IReadOnlyList<DateOnly> Holidays { get; init; }
    public required IReadOnlyList<DateOnly> MakeUpWorkdays { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
