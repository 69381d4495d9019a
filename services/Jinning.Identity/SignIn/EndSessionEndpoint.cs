using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Jinning.Identity.SignIn;

/// <summary>
/// <c>/connect/logout</c>: ends the login session, then OpenIddict sends the browser back to the
/// client's registered post-logout address (the console's home page).
/// </summary>
public static class EndSessionEndpoint
{
    public static IEndpointRouteBuilder MapEndSessionEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSession).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(LoginSession.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
