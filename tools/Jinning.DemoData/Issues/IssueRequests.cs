namespace Jinning.DemoData.Issues;

// Ticketing's request and answer bodies the demo uses, field for field as API.md names them.

/// <summary>
/// <c>POST /api/ticketing/issues</c>: a supervisor's report, or a complaint the office registers with
/// its <see cref="Source"/> (hotline, mailbox). <see cref="Type"/> and the contact fields are round-2
/// additions; a ticketing service without them ignores them.
/// </summary>
public sealed record ReportIssueRequest(
    string Title, string Description, string Category, string Channel, string? Place, string? InvolvedUnit, bool Major,
    string? Source = null, string? Type = null, string? ContactName = null, string? ContactPhone = null);

/// <summary><c>POST /api/public/complaints</c>, anonymous and rate limited.</summary>
public sealed record PublicComplaintRequest(
    string Title, string Description, string Category, string? Place, string? InvolvedUnit, string? ContactName, string? ContactPhone);

/// <summary><c>POST /api/ticketing/issues/{id}/dispatch</c>; a null deadline takes the default of the kind.</summary>
public sealed record DispatchRequest(
    string Kind, string DepartmentCode, DateTimeOffset? Deadline, string? Instructions, IReadOnlyList<string>? CoHandlers, string? Level);

public sealed record ReturnRequest(string Reason, string? Note);

/// <summary><c>send-back</c> keeps the unit; <c>redispatch</c> sends the issue to <see cref="Dispatch"/>'s unit.</summary>
public sealed record ReturnDecisionRequest(string Decision, string? Note, DispatchRequest? Dispatch);

public sealed record NoteRequest(string Note);

public sealed record RectificationRequest(string Summary, IReadOnlyList<string> Evidence);

public sealed record ReviewRequest(bool Approved, string? Note);

public sealed record FeedbackRequest(string Message);

public sealed record AcceptanceRequest(int Rating, string? Comment);

public sealed record ObjectionRequest(string Reason);

public sealed record ExtensionRequest(DateTimeOffset Until, string Reason);

public sealed record ExtensionDecisionRequest(bool Granted, DateTimeOffset? Until, string? Note);

public sealed record MergeRequest(Guid IntoIssueId, string? Note);

public sealed record ExposeRequest(string Title, string Summary);

/// <summary>What the demo reads back of an issue after each change.</summary>
public sealed record IssueAnswer(Guid Id, string TrackingNumber, string Status, DateTimeOffset? Deadline);

/// <summary>The dispatch answer: the deadline the office set or the calendar gave.</summary>
public sealed record DispatchAnswer(Guid Id, string Status, string DepartmentCode, DateTimeOffset Deadline);

public sealed record ComplaintReceipt(string TrackingNumber);
