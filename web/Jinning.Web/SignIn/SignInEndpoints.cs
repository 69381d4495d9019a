using Jinning.Web.Sessions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Jinning.Web.SignIn;

/// <summary>
/// <c>/login</c> starts the sign-in at the identity service's login page; <c>/logout</c> ends the
/// console's session and the identity service's; <c>/workspace</c> sends a signed-in person to their area.
/// </summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", Login).AllowAnonymous();
        app.MapPost("/logout", Logout).WithMetadata(new RequireAntiforgeryTokenAttribute());
        // A link may sign out too (API.md names the path); a cross-site page cannot, the cookie being SameSite=Lax.
        app.MapGet("/logout", Logout);
        app.MapGet("/workspace", Workspace).RequireAuthorization();
        return app;
    }

    /// <param name="returnUrl">A console page to come back to; only local ones are honoured.</param>
    /// <param name="hint">The user name to fill in on the login page (a new supervisor's certificate number).</param>
    /// <param name="activated">Set by the activation page, so the login page can say the account is ready.</param>
    public static IResult Login(HttpContext http, string? returnUrl, string? hint, string? activated)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/workspace";
        if (http.User.Identity?.IsAuthenticated == true && hint is null)
        {
            return Results.LocalRedirect(target);
        }
        var properties = new AuthenticationProperties { RedirectUri = target };
        if (!string.IsNullOrWhiteSpace(hint) && hint.Length <= 64)
        {
            properties.Items[OidcEvents.LoginHintItem] = hint.Trim();
        }
        if (activated == "1")
        {
            properties.Items[OidcEvents.ActivatedItem] = "1";
        }
        return Results.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    public static async Task<IResult> Logout(HttpContext http, SessionStore sessions)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect("/");
        }
        if (http.User.SessionId() is { } sessionId)
        {
            await sessions.EndAsync(sessionId, http.RequestAborted);
        }
        var properties = new AuthenticationProperties { RedirectUri = "/" };
        return Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }

    public static IResult Workspace(HttpContext http) => Results.LocalRedirect(http.User.AreaPath());

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal);
}
