namespace Jinning.Contracts.V1;

/// <summary>A nominating unit proposed a candidate (R1).</summary>
public sealed record CandidateNominated
{
    public required Guid NominationId { get; init; }
    public required string NominatingUnit { get; init; }
    public required string Background { get; init; }
    public required bool SmallOrMediumEnterprise { get; init; }
    /// <summary>The candidate's name, for the office's notice.</summary>
    public string? CandidateName { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The nomination's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The office appointed a supervisor for a two-year term (R3, R4).</summary>
public sealed record SupervisorAppointed
{
    public required Guid SupervisorId { get; init; }
    public required Guid NominationId { get; init; }
    public required string CertificateNumber { get; init; }
    public required string Name { get; init; }
    public required string NominatingUnit { get; init; }
    public required string Background { get; init; }
    public required DateOnly TermStart { get; init; }
    public required DateOnly TermEnd { get; init; }
    /// <summary>Hash of the one-time activation code; the code itself is shown once and never travels.</summary>
    public string? ActivationCodeHash { get; init; }
    public string? Email { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A term ends soon: sent 60 and 30 days before its end (R4).</summary>
public sealed record SupervisorTermEnding
{
    public required Guid SupervisorId { get; init; }
    public required string CertificateNumber { get; init; }
    public required DateOnly TermEnd { get; init; }
    public required int DaysLeft { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A term ran out by itself (自动解聘, R4).</summary>
public sealed record SupervisorTermEnded
{
    public required Guid SupervisorId { get; init; }
    public required string CertificateNumber { get; init; }
    public required DateOnly TermEnd { get; init; }
    /// <summary>The unit that nominated the supervisor, which is told.</summary>
    public string? NominatingUnit { get; init; }
    public string? Name { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A supervisor's qualification was terminated or they were dismissed (R5).</summary>
public sealed record SupervisorDismissed
{
    public required Guid SupervisorId { get; init; }
    public required string CertificateNumber { get; init; }
    public required string ReasonCode { get; init; }
    public string? Note { get; init; }
    /// <summary>The unit that nominated the supervisor, which is told.</summary>
    public string? NominatingUnit { get; init; }
    public string? Name { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The supervisor's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}
