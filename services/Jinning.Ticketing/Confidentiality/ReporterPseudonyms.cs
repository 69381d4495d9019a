using System.Security.Cryptography;
using System.Text;

namespace Jinning.Ticketing.Confidentiality;

/// <summary>
/// The name a department sees instead of the reporter (T8): an HMAC-SHA256 of the issue and the
/// reporter under a secret key (<c>Ticketing:PseudonymKey</c>). Unkeyed, anyone holding the roster
/// could hash every supervisor against an issue ID and find who reported it; keyed, only the
/// platform can. Stable per issue, different across issues of the same reporter.
/// </summary>
public sealed class ReporterPseudonyms
{
    public const string DevelopmentKey = "jinning-dev-pseudonym-key-2026";
    private readonly byte[] _key;

    public ReporterPseudonyms(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration["Ticketing:PseudonymKey"];
        if (string.IsNullOrEmpty(key) && environment.IsDevelopment())
        {
            key = DevelopmentKey;
        }
        if (string.IsNullOrEmpty(key) || key.Length < 16 || key == DevelopmentKey && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Ticketing:PseudonymKey must be a secret of at least 16 characters (not the development one) outside development.");
        }
        _key = Encoding.UTF8.GetBytes(key);
    }

    public string? For(Guid issueId, Guid? reporter)
    {
        if (reporter is not { } supervisor)
        {
            return null;
        }
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{issueId:N}:{supervisor:N}"));
        return $"监督员-{Convert.ToHexString(mac, 0, 3)}";
    }
}
