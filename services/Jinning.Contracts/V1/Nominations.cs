namespace Jinning.Contracts.V1;

/// <summary>
/// The office decided on a nomination (R2, R3): vetted, disqualified, rejected or approved. The
/// nominating unit is told the outcome.
/// </summary>
public sealed record NominationReviewed
{
    public required Guid NominationId { get; init; }
    public required string NominatingUnit { get; init; }
    public required string CandidateName { get; init; }
    /// <summary><c>vetted</c>, <c>disqualified</c>, <c>rejected</c> or <c>approved</c>.</summary>
    public required string Status { get; init; }
    /// <summary>Why a candidate was rejected; null otherwise.</summary>
    public string? Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The nomination's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}
