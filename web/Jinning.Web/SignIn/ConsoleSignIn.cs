using Jinning.ServiceDefaults.Authentication;
using Jinning.Web.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Jinning.Web.SignIn;

/// <summary>
/// Sign-in as real sites do it: OpenID Connect authorization code with PKCE against the identity
/// service (whose issuer is the gateway's public address, the console's own origin), a cookie
/// session in the console, the tokens kept server-side (<see cref="SessionStore"/>).
/// </summary>
public static class ConsoleSignIn
{
    public const string CookieName = "jinning.console";

    public static IHostApplicationBuilder AddConsoleSignIn(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Auth:Issuer"]
            ?? throw new InvalidOperationException("Auth:Issuer (the gateway's public address) is not configured.");
        builder.Services.AddOptions<ConsoleClientOptions>().BindConfiguration("Console");
        var client = builder.Configuration.GetSection("Console").Get<ConsoleClientOptions>() ?? new ConsoleClientOptions();

        builder.Services.AddScoped<SessionCookieEvents>();
        builder.Services.AddScoped<OidcEvents>();
        builder.Services.AddTransient<ForwardedForHandler>();
        builder.Services.AddHttpClient(nameof(OpenIdConnectOptions.Backchannel))
            .AddHttpMessageHandler<ForwardedForHandler>();

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = SessionCleanup.MaximumAge;
                options.SlidingExpiration = false;
                options.EventsType = typeof(SessionCookieEvents);
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = issuer;
                options.RequireHttpsMetadata = false;
                options.ClientId = client.ClientId;
                options.ClientSecret = client.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles", "offline_access", "api" })
                {
                    options.Scope.Add(scope);
                }
                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.TokenValidationParameters.NameClaimType = JinningClaims.Name;
                options.TokenValidationParameters.RoleClaimType = JinningClaims.Role;
                // Same origin as the identity service (both behind the gateway): Lax cookies survive the round trip.
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.EventsType = typeof(OidcEvents);
            });
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) => options.Backchannel = clients.CreateClient(nameof(OpenIdConnectOptions.Backchannel)));

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        return builder;
    }
}
