using System.Security.Claims;
using Jinning.Identity.Accounts;
using Jinning.Identity.Data;
using Jinning.Identity.Tokens;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.SignIn;

/// <summary>
/// <c>/connect/authorize</c> (authorization code with PKCE): a person signed in at the login page gets
/// a code for the web console; anyone else is sent to the login page first. The console is our own
/// client, so there is no consent screen.
/// </summary>
public static class AuthorizeEndpoint
{
    public static IEndpointRouteBuilder MapAuthorizeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Authorize(HttpContext http, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request is missing.");

        var login = await http.AuthenticateAsync(LoginSession.Scheme);
        var account = await SignedInAccountAsync(login.Principal, db, cancellationToken);
        if (account is null && login.Succeeded)
        {
            // Disabled since the login: the session ends here too.
            await http.SignOutAsync(LoginSession.Scheme);
        }
        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "需要重新登录。");
            }
            return Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl(http, request) }, [LoginSession.Scheme]);
        }

        var principal = AccountPrincipal.Create(account, request.GetScopes());
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<Account?> SignedInAccountAsync(ClaimsPrincipal? login, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(login?.GetClaim(Claims.Subject), out var id))
        {
            return null;
        }
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is { IsDisabled: false } ? account : null;
    }

    /// <summary>The same request again after the login page, without <c>prompt</c> (or it would ask forever).</summary>
    private static string ReturnUrl(HttpContext http, OpenIddictRequest request)
    {
        var parameters = request.GetParameters()
            .Where(parameter => parameter.Key != Parameters.Prompt)
            .Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value.ToString()));
        return http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
