using Jinning.Persistence;
using Jinning.Roster.Data;
using Jinning.ServiceDefaults.Security;

namespace Jinning.Roster.Supervisors;

/// <summary>Certificates (聘书) and the activation codes that go with them, for first appointment and reappointment alike.</summary>
public static class Certificates
{
    /// <summary><c>JN-&lt;year&gt;-&lt;seq&gt;</c>, unique, numbered per year of appointment.</summary>
    public static async Task<string> NextNumberAsync(RosterDbContext db, DateOnly appointedOn, CancellationToken cancellationToken)
    {
        var sequence = await db.NextSequenceValueAsync("certificate", appointedOn.Year.ToString(), cancellationToken);
        return $"JN-{appointedOn.Year}-{sequence:0000}";
    }

    /// <summary>A new one-time activation code: shown once in the response, only its hash travels (<c>SupervisorAppointed</c>).</summary>
    public static (string Code, string Hash) NewActivationCode()
    {
        var code = OneTimeCode.New();
        return (code, SecretHasher.Hash(code));
    }
}
