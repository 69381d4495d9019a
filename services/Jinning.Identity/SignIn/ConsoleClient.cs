using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.SignIn;

/// <summary>
/// The web console as an OpenID Connect client: confidential (its secret stays on its server), code
/// flow with PKCE, refresh tokens, and addresses under the public origin it shares with the gateway.
/// Brought in line with configuration at every start, so a new address or secret takes effect.
/// </summary>
public static class ConsoleClient
{
    public const string ClientId = "jinning-web";
    public const string DevelopmentSecret = "jinning-web-dev-secret";

    public static async Task EnsureAsync(IOpenIddictApplicationManager applications, IConfiguration configuration, IHostEnvironment environment,
        CancellationToken cancellationToken)
    {
        var origin = (configuration["Identity:Console:Origin"] ?? configuration["Auth:Issuer"]
            ?? throw new InvalidOperationException("Identity:Console:Origin or Auth:Issuer must name the console's public address.")).TrimEnd('/');
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = Secret(configuration, environment),
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "晋宁区营商环境义务监督员平台 网页工作台",
            RedirectUris = { new Uri($"{origin}/signin-oidc") },
            PostLogoutRedirectUris = { new Uri($"{origin}/signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + "api",
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };

        var existing = await applications.FindByClientIdAsync(ClientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            return;
        }
        await applications.UpdateAsync(existing, descriptor, cancellationToken);
    }

    private static string Secret(IConfiguration configuration, IHostEnvironment environment)
    {
        var secret = configuration["Identity:Console:ClientSecret"];
        if (string.IsNullOrEmpty(secret) && environment.IsDevelopment())
        {
            return DevelopmentSecret;
        }
        if (string.IsNullOrEmpty(secret) || secret == DevelopmentSecret && !environment.IsDevelopment())
        {
            throw new InvalidOperationException("Identity:Console:ClientSecret must be set (and not the development one) outside development.");
        }
        return secret;
    }
}
