using Jinning.ServiceDefaults.Authentication;
using Jinning.Web.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Jinning.Web.SignIn;

/// <summary>
/// The console's side of OpenID Connect: it passes the login hint on to the login page, stores the
/// tokens it receives in a server-side session (the cookie gets only the session's id and who the
/// person is), and names the session's identity token when signing out at the identity service.
/// </summary>
public sealed class OidcEvents(SessionStore sessions, TimeProvider time, ILogger<OidcEvents> logger) : OpenIdConnectEvents
{
    public const string LoginHintItem = "login_hint";
    public const string ActivatedItem = "activated";

    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        if (context.Properties.Items.TryGetValue(LoginHintItem, out var hint) && !string.IsNullOrEmpty(hint))
        {
            context.ProtocolMessage.LoginHint = hint;
        }
        if (context.Properties.Items.ContainsKey(ActivatedItem))
        {
            context.ProtocolMessage.SetParameter(ActivatedItem, "1");
        }
        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse
            ?? throw new InvalidOperationException("The code flow always has a token response.");
        var subject = context.Principal?.Subject()
            ?? throw new InvalidOperationException("The identity token has no subject.");
        var expiresIn = int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 300;
        var now = time.GetUtcNow();
        var tokens = new SessionTokens(response.AccessToken, response.RefreshToken, now.AddSeconds(expiresIn));

        var sessionId = await sessions.StartAsync(subject, tokens, context.HttpContext.RequestAborted);
        context.Principal = ConsoleUser.Create(context.Principal!, sessionId, now);
        logger.LogInformation("Console session {SessionId} started for {Subject}", sessionId, subject);
    }

    /// <summary>
    /// Names the console by its client id rather than sending the identity token back through the
    /// browser's address bar: no token of any kind ever passes through the browser.
    /// </summary>
    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        context.ProtocolMessage.IdTokenHint = null;
        context.ProtocolMessage.ClientId = context.Options.ClientId;
        return Task.CompletedTask;
    }

    /// <summary>A failed or abandoned sign-in (an old tab, a cancelled login) lands on a page that says so, not on an exception.</summary>
    public override Task RemoteFailure(RemoteFailureContext context)
    {
        logger.LogWarning("Console sign-in failed: {Reason}", context.Failure?.Message);
        context.Response.Redirect("/login-failed");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
