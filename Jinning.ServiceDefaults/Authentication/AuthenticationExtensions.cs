using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Jinning.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>Where services fetch the identity service's keys: its service-discovery name.</summary>
    public const string IdentityMetadataAddress = "http://identity/.well-known/openid-configuration";

    /// <summary>
    /// Every service validates bearer tokens itself (not only the gateway): signature against the
    /// identity service's keys, issuer <c>Auth:Issuer</c>, audience <see cref="JinningClaims.ApiAudience"/>,
    /// lifetime, and sign-in revocation. Role policies are named after the roles.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var issuer = builder.Configuration["Auth:Issuer"]
            ?? throw new InvalidOperationException("Auth:Issuer (the public address tokens are issued for) is not configured.");
        var metadataAddress = builder.Configuration["Auth:MetadataAddress"] ?? IdentityMetadataAddress;

        builder.Services.TryAddSingleton<ISignInRevocations, NoSignInRevocations>();
        builder.Services.AddHttpClient(nameof(IdentityMetadataRetriever));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, httpClients) =>
            {
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer.TrimEnd('/') + "/",
                    ValidAudience = JinningClaims.ApiAudience,
                    NameClaimType = JinningClaims.Name,
                    RoleClaimType = JinningClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    metadataAddress,
                    new IdentityMetadataRetriever(),
                    new HttpDocumentRetriever(httpClients.CreateClient(nameof(IdentityMetadataRetriever))) { RequireHttps = false });
                options.Events = new JwtBearerEvents { OnTokenValidated = RejectRevokedSignIns };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Office, policy => policy.RequireRole(Roles.Office))
            .AddPolicy(Roles.Nominator, policy => policy.RequireRole(Roles.Nominator))
            .AddPolicy(Roles.Supervisor, policy => policy.RequireRole(Roles.Supervisor))
            .AddPolicy(Roles.Department, policy => policy.RequireRole(Roles.Department))
            .AddPolicy(Roles.Discipline, policy => policy.RequireRole(Roles.Discipline));
        return builder;
    }

    private static async Task RejectRevokedSignIns(TokenValidatedContext context)
    {
        var subject = context.Principal?.Subject();
        var issuedAt = long.TryParse(context.Principal?.FindFirst(JinningClaims.IssuedAt)?.Value, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(context.SecurityToken.ValidFrom, TimeSpan.Zero);
        if (subject is null)
        {
            context.Fail("The token has no subject.");
            return;
        }
        var revocations = context.HttpContext.RequestServices.GetRequiredService<ISignInRevocations>();
        if (await revocations.IsRevokedAsync(subject, issuedAt, context.HttpContext.RequestAborted))
        {
            context.Fail("The sign-in was revoked.");
        }
    }

    /// <summary>Only callers in one of <paramref name="roles"/>; anyone else signed in gets 403, anonymous 401.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder endpoint, params string[] roles) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(new AuthorizationPolicyBuilder().RequireRole(roles).Build());

    public static WebApplication UseDefaultAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
