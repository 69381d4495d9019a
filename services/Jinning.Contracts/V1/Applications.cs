namespace Jinning.Contracts.V1;

/// <summary>A supervisor applied in writing for adjustment or resignation (R9, Art. 9.1); the office decides.</summary>
public sealed record SupervisorApplicationFiled
{
    public required Guid ApplicationId { get; init; }
    public required Guid SupervisorId { get; init; }
    public required string CertificateNumber { get; init; }
    public required string Name { get; init; }
    /// <summary><c>adjustment</c> or <c>resignation</c>.</summary>
    public required string Kind { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office approved or refused a supervisor's application (R9).</summary>
public sealed record SupervisorApplicationDecided
{
    public required Guid ApplicationId { get; init; }
    public required Guid SupervisorId { get; init; }
    public required string Kind { get; init; }
    public required bool Approved { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// A supervisor's appointment ended before its term for another reason than dismissal (R5, R9): an
/// adjustment or a resignation. The sign-in is disabled.
/// </summary>
public sealed record SupervisorServiceEnded
{
    public required Guid SupervisorId { get; init; }
    public required string CertificateNumber { get; init; }
    /// <summary>The supervisor's status now: <c>adjusted</c> or <c>resigned</c>.</summary>
    public required string Status { get; init; }
    /// <summary>Art. 9 ground: <c>application</c>, <c>health-or-work</c>, …</summary>
    public required string ReasonCode { get; init; }
    /// <summary>The approved application it came from, if any.</summary>
    public Guid? ApplicationId { get; init; }
    public required string NominatingUnit { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The nominating unit is asked to nominate someone in place of a supervisor whose appointment ended early (R9).</summary>
public sealed record ReplacementRequested
{
    public required Guid SupervisorId { get; init; }
    public required string CertificateNumber { get; init; }
    public required string Name { get; init; }
    public required string NominatingUnit { get; init; }
    /// <summary>Why the place is free: <c>adjusted</c> or <c>resigned</c>.</summary>
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>
/// The office recorded an Art. 9 action on a supervisor's file (R5): adjustment, criticism, reminder
/// talk, termination or dismissal. The supervisor is told.
/// </summary>
public sealed record SupervisorActionRecorded
{
    public required Guid SupervisorId { get; init; }
    public required Guid ActionId { get; init; }
    public required string CertificateNumber { get; init; }
    /// <summary><c>adjustment</c>, <c>criticism</c>, <c>reminder-talk</c>, <c>termination</c> or <c>dismissal</c>.</summary>
    public required string Kind { get; init; }
    public required string ReasonCode { get; init; }
    public string? Note { get; init; }
    public required DateOnly On { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>
/// A supervisor whose qualification was ended for a violation is referred to the discipline
/// commission for accountability (追究相应责任, Art. 9.2).
/// </summary>
public sealed record AccountabilityReferred
{
    public required Guid SupervisorId { get; init; }
    public required Guid ActionId { get; init; }
    public required string CertificateNumber { get; init; }
    public required string Name { get; init; }
    public required string ActionKind { get; init; }
    public required string ReasonCode { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}
