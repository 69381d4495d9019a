namespace Jinning.Contracts.V1;

/// <summary>
/// A supervisor declared a gift, a conflict of interest, or a public statement they wish to make as a
/// supervisor (R8, Art. 7); the last waits for the office's approval.
/// </summary>
public sealed record DeclarationFiled
{
    public required Guid DeclarationId { get; init; }
    public required Guid SupervisorId { get; init; }
    public required string CertificateNumber { get; init; }
    public required string Name { get; init; }
    /// <summary><c>gift</c>, <c>conflict-of-interest</c> or <c>public-statement</c>.</summary>
    public required string Kind { get; init; }
    public required string Summary { get; init; }
    public required bool NeedsApproval { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>The office approved or refused a public statement a supervisor declared (R8, Art. 7.5).</summary>
public sealed record DeclarationDecided
{
    public required Guid DeclarationId { get; init; }
    public required Guid SupervisorId { get; init; }
    public required string Kind { get; init; }
    public required string Summary { get; init; }
    public required bool Approved { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
