namespace Jinning.DemoData.Duties;

// The roster's duty request and answer bodies the demo uses (D1–D4, R7), field for field as API.md names them.

/// <summary><c>POST /api/roster/trainings</c>: material for every supervisor serving; the half-year follows <see cref="HeldOn"/>.</summary>
public sealed record TrainingRequest(string Title, string Material, DateOnly HeldOn);

/// <summary><c>POST /api/roster/meetings</c>: a symposium or special meeting, with whom it invites.</summary>
public sealed record MeetingRequest(
    string Kind, string Title, DateTimeOffset StartsAt, string Place, IReadOnlyList<Guid> InvitedSupervisorIds);

/// <summary><c>POST …/attendance</c> of a meeting or training: who came, all of them expected.</summary>
public sealed record AttendanceRequest(IReadOnlyList<Guid> SupervisorIds);

/// <summary><c>POST /api/roster/duties/half-years/{period}/submissions</c>: the ledger (台账) and the suggestion report (建议书).</summary>
public sealed record SubmissionRequest(string Ledger, string SuggestionTitle, string Suggestion);

public sealed record AdoptRequest(string Note);

/// <summary><c>POST /api/roster/tasks</c>: commissioned supervision for named supervisors (D4).</summary>
public sealed record TaskRequest(string Kind, string Title, string Description, DateOnly DueOn, IReadOnlyList<Guid> AssignedSupervisorIds);

public sealed record ResultRequest(string Result);

/// <summary><c>POST /api/roster/awards</c> (R7).</summary>
public sealed record AwardRequest(int Year, Guid SupervisorId, string Title, string Note);

public sealed record CreatedAnswer(Guid Id);
