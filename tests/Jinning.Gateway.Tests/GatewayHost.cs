using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Jinning.Gateway.Tests;

/// <summary>
/// The gateway on its own, with tight budgets (3 API requests a minute), tokens signed by a key the
/// test holds, and each request arriving from the address the test says (a test server has none).
/// Nothing stands behind it: a proxied request answers 502/503, which is all the limits care about.
/// </summary>
public sealed class GatewayHost : WebApplicationFactory<Program>
{
    public const string Issuer = "http://gateway.test/";
    public const string RemoteAddressHeader = "X-Test-Remote-Address";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Auth:Issuer", Issuer);
        builder.UseSetting("Gateway:RateLimits:General", "3");
        builder.UseSetting("Gateway:RateLimits:Token", "2");
        builder.UseSetting("Gateway:RateLimits:PublicPost", "1");
        builder.UseSetting("Gateway:RateLimits:Window", "00:01:00");
        builder.UseSetting("services:web:http:0", "http://127.0.0.1:9");
        builder.ConfigureServices(services =>
        {
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, RemoteAddressFromHeader>();
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.ConfigurationManager = null;
                options.TokenValidationParameters.IssuerSigningKey = _key;
            });
        });
    }

    public string TokenFor(string subject, string role = "office")
    {
        var token = new JwtSecurityToken(Issuer, "jinning-api", [new Claim("sub", subject), new Claim("role", role)],
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10), new SigningCredentials(_key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>Sets the connection's remote address from a test header, before anything else runs.</summary>
    private sealed class RemoteAddressFromHeader : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
