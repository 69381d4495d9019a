using Jinning.Identity.Data;
using Jinning.ServiceDefaults.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.Tokens;

public static class TokenServerExtensions
{
    /// <summary>The default; <c>Identity:AccessTokenLifetime</c> may shorten it (the console's tests prove refresh with it).</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromHours(12);

    /// <summary>
    /// OpenIddict as the OpenID Connect server: authorization code with PKCE for the web console
    /// (login page, end session, userinfo), password grant for scripts, client credentials for
    /// department systems, refresh tokens; signed (unencrypted) JWT access tokens any party can
    /// validate from <c>/.well-known/jwks</c>. HTTPS is terminated in front of the gateway.
    /// </summary>
    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Auth:Issuer"]
            ?? throw new InvalidOperationException("Auth:Issuer (the public address of the gateway) is not configured.");

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(issuer.TrimEnd('/') + "/"));
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");
                server.AllowPasswordFlow().AllowClientCredentialsFlow().AllowRefreshTokenFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                // Frontends are public clients: they send no client_id with the password grant.
                server.AcceptAnonymousClients();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, "api");
                server.SetAccessTokenLifetime(builder.Configuration.GetValue("Identity:AccessTokenLifetime", AccessTokenLifetime));
                server.SetRefreshTokenLifetime(RefreshTokenLifetime);
                server.DisableAccessTokenEncryption();
                AddKeys(server, builder);
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        return builder;
    }

    private static void AddKeys(OpenIddictServerBuilder server, IHostApplicationBuilder builder)
    {
        var certificate = builder.Configuration["Identity:SigningCertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificate))
        {
            var key = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificate, builder.Configuration["Identity:SigningCertificatePassword"]);
            server.AddSigningCertificate(key).AddEncryptionCertificate(key);
        }
        else if (builder.Environment.IsDevelopment())
        {
            // Kept in the user's certificate store, so tokens survive a restart of the service.
            server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
        }
        else
        {
            throw new InvalidOperationException("Identity:SigningCertificatePath must name the token signing certificate outside development.");
        }
    }

    public static string ApiAudience => JinningClaims.ApiAudience;
}
