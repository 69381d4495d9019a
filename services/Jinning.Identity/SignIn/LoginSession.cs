using Jinning.Identity.Passwords;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jinning.Identity.SignIn;

/// <summary>
/// The identity service's own sign-in session (single sign-on): set by the login page, read by the
/// authorization endpoint, ended by the end-session endpoint. The cookie goes only to <c>/connect</c>,
/// so the console and the API behind the same gateway never receive it.
/// </summary>
public static class LoginSession
{
    public const string Scheme = "jinning-login";
    public const string CookieName = "jinning.sso";
    public const string LoginPath = "/account/login";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static IHostApplicationBuilder AddLoginSession(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.Path = "/connect";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = LoginPath;
            options.ReturnUrlParameter = "returnUrl";
            options.ExpireTimeSpan = Lifetime;
            options.SlidingExpiration = false;
        });
        builder.Services.AddRazorPages();
        builder.Services.AddScoped<PasswordSignIn>();
        return builder;
    }

    public static WebApplication MapLoginPages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapAuthorizeEndpoint();
        app.MapEndSessionEndpoint();
        app.MapUserInfoEndpoint();
        return app;
    }
}
