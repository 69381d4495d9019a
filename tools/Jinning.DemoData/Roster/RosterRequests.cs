namespace Jinning.DemoData.Roster;

// The roster's and identity's request and answer bodies the demo uses, field for field as API.md names them.

/// <summary><c>POST /api/roster/nominations</c> by a nominating unit: the unit comes from its token.</summary>
public sealed record NominateRequest(
    string Name, string IdNumber, string Phone, string Email, string Workplace, string Background,
    bool SmallOrMediumEnterprise, string Statement);

/// <summary><c>POST /api/roster/nominations/{id}/vetting</c>: the Art. 2 checklist and any disqualifier with its evidence.</summary>
public sealed record VettingRequest(bool ConditionsMet, IReadOnlyList<DisqualifierInput> Disqualifiers, string? Note);

public sealed record DisqualifierInput(string Kind, string Evidence);

public sealed record RejectRequest(string Reason);

/// <summary><c>POST /api/roster/nominations/{id}/appoint</c>: the date of the appointment meeting, which may lie in the past.</summary>
public sealed record AppointRequest(DateOnly AppointedOn);

/// <summary><c>POST /api/identity/activate</c>: the supervisor's first sign-in, with the Art. 7 pledge.</summary>
public sealed record ActivateRequest(string CertificateNumber, string ActivationCode, string Password, bool PledgeAccepted);

public sealed record NominationAnswer(Guid Id, string Name, string NominatingUnit, string Status);

public sealed record AppointmentAnswer(
    Guid SupervisorId, string CertificateNumber, DateOnly TermStart, DateOnly TermEnd, string ActivationCode);

public sealed record PublicSupervisor(string Name, string CertificateNumber, string NominatingUnit, DateOnly TermStart);
