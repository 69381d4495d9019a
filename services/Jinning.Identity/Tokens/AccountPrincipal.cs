using System.Security.Claims;
using Jinning.Identity.Accounts;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.Tokens;

/// <summary>
/// Who an account is, as the tokens say it: subject, name, role and the one code that scopes what the
/// role sees (supervisor, department or nominating unit). Always in the access token; in the identity
/// token too when the client asked for <c>openid</c> (the web console reads its user from there).
/// </summary>
public static class AccountPrincipal
{
    public static ClaimsPrincipal Create(Account account, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Id.ToString())
            .SetClaim(Claims.Name, account.UserName)
            .SetClaim(JinningClaims.DisplayName, account.DisplayName)
            .SetClaim(Claims.Role, account.Role)
            .SetClaim(JinningClaims.SupervisorId, account.SupervisorId?.ToString())
            .SetClaim(JinningClaims.DepartmentCode, account.DepartmentCode)
            .SetClaim(JinningClaims.UnitCode, account.UnitCode);
        identity.SetScopes(scopes);
        identity.SetResources(JinningClaims.ApiAudience);

        string[] destinations = identity.HasScope(Scopes.OpenId)
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken];
        identity.SetDestinations(_ => destinations);
        return new ClaimsPrincipal(identity);
    }
}
