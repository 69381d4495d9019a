using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.Messaging.Persistence;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults.Security;

namespace Jinning.Roster.Supervisors;

/// <summary>Certificates (聘书) and the appointment announcement shared by first appointment and reappointment.</summary>
public static class Certificates
{
    /// <summary><c>JN-&lt;year&gt;-&lt;seq&gt;</c>, unique, numbered per year of appointment.</summary>
    public static async Task<string> NextNumberAsync(RosterDbContext db, DateOnly appointedOn, CancellationToken cancellationToken)
    {
        var sequence = await db.NextSequenceValueAsync("certificate", appointedOn.Year.ToString(), cancellationToken);
        return $"JN-{appointedOn.Year}-{sequence:0000}";
    }

    /// <summary>Publishes <c>SupervisorAppointed</c> with the hash of a new one-time activation code, and returns the code.</summary>
    public static string AnnounceAppointment(IOutbox outbox, Supervisor supervisor, DateTimeOffset now)
    {
        var activationCode = OneTimeCode.New();
        outbox.Publish(new SupervisorAppointed
        {
            SupervisorId = supervisor.Id,
            NominationId = supervisor.NominationId,
            CertificateNumber = supervisor.CertificateNumber,
            Name = supervisor.Name,
            NominatingUnit = supervisor.NominatingUnit,
            Background = supervisor.Background,
            TermStart = supervisor.TermStart,
            TermEnd = supervisor.TermEnd,
            ActivationCodeHash = SecretHasher.Hash(activationCode),
            Email = supervisor.Email,
            OccurredAt = now,
        });
        return activationCode;
    }
}
