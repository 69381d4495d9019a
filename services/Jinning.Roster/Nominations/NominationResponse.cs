namespace Jinning.Roster.Nominations;

/// <summary>A nomination as shown to its reader; the ID number is masked unless the office reads it.</summary>
public sealed record NominationResponse(
    Guid Id,
    string Name,
    string IdNumber,
    string? Phone,
    string? Email,
    string Workplace,
    CandidateBackground Background,
    bool SmallOrMediumEnterprise,
    string NominatingUnit,
    string? Statement,
    NominationStatus Status,
    DateTimeOffset NominatedAt,
    bool? ConditionsMet,
    IReadOnlyList<Disqualifier> Disqualifiers,
    string? VettingNote,
    string? VettedBy,
    DateTimeOffset? VettedAt,
    string? RejectionReason,
    Guid? SupervisorId)
{
    public static NominationResponse From(Nomination nomination, bool revealIdNumber) => new(
        nomination.Id, nomination.Name, revealIdNumber ? nomination.IdNumber : MaskIdNumber(nomination.IdNumber),
        nomination.Phone, nomination.Email, nomination.Workplace, nomination.Background, nomination.SmallOrMediumEnterprise,
        nomination.NominatingUnit, nomination.Statement, nomination.Status, nomination.NominatedAt,
        nomination.ConditionsMet, nomination.Disqualifiers, nomination.VettingNote, nomination.VettedBy, nomination.VettedAt,
        nomination.RejectionReason, nomination.SupervisorId);

    /// <summary>Keeps region and check digit: 530122********1234 → 5301************34.</summary>
    public static string MaskIdNumber(string idNumber) =>
        idNumber.Length < 8 ? new string('*', idNumber.Length) : idNumber[..4] + new string('*', idNumber.Length - 6) + idNumber[^2..];
}
