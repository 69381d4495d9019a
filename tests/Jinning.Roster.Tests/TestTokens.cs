using System.Net.Http.Headers;
using System.Security.Cryptography;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Jinning.Roster.Tests;

/// <summary>
/// Access tokens for service tests, shaped like the identity service's (issuer, audience, role and
/// scope claims), signed with a key the test host trusts instead of the identity service's.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "http://localhost:8080/";

    public static SymmetricSecurityKey Key { get; } = new(RandomNumberGenerator.GetBytes(32)) { KeyId = "roster-tests" };

    public static string Office() => Create("office", Roles.Office);

    public static string Supervisor(Guid supervisorId, string certificateNumber = "JN-TEST") =>
        Create(certificateNumber, Roles.Supervisor, (JinningClaims.SupervisorId, supervisorId.ToString()));

    public static string Discipline() => Create("discipline", Roles.Discipline);

    public static string Department(string departmentCode) =>
        Create($"dept.{departmentCode}", Roles.Department, (JinningClaims.DepartmentCode, departmentCode));

    public static string Nominator(string unitCode) => Create($"nominator.{unitCode}", Roles.Nominator, (JinningClaims.UnitCode, unitCode));

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static string Create(string userName, string role, params (string Type, string Value)[] extra)
    {
        var claims = new Dictionary<string, object>
        {
            [JinningClaims.Subject] = Guid.NewGuid().ToString(),
            [JinningClaims.Name] = userName,
            [JinningClaims.Role] = role,
        };
        foreach (var (type, value) in extra)
        {
            claims[type] = value;
        }
        // Lifetimes are checked against the real clock, whatever the service's fake clock says.
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = JinningClaims.ApiAudience,
            Claims = claims,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
