namespace Jinning.Contracts.V1;

/// <summary>
/// A sign-in's tokens stop counting: its account was disabled (term ended, dismissal, by the office)
/// or its password was reset. Every service refuses tokens of <see cref="AccountId"/> issued before
/// <see cref="RevokedAt"/>.
/// </summary>
public sealed record SignInRevoked
{
    public required Guid AccountId { get; init; }
    public required string UserName { get; init; }
    public required string Role { get; init; }
    public Guid? SupervisorId { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset RevokedAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
