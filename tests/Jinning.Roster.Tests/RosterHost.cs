using System.Net.Http.Json;
using Jinning.Roster.Data;
using Jinning.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Jinning.Roster.Tests;

/// <summary>
/// The real roster service on a real database and broker, with a clock the test moves. It trusts
/// <see cref="TestTokens"/>, so tests call its API as the office, a supervisor or a nominating unit.
/// </summary>
public sealed class RosterHost(InfrastructureFixture infrastructure, string database, DateTimeOffset start)
    : ServiceHost<Program, RosterDbContext>(infrastructure, "rosterdb", database, start)
{
    public LogCapture Logs { get; } = new();

    /// <summary>
    /// Moves the clock and waits until the roster's calendar pass has completed a tick at the new time: after this,
    /// "nothing happened" means the scheduler looked and found nothing due.
    /// </summary>
    public async Task AdvanceAndTickAsync(TimeSpan by)
    {
        var status = Services.GetRequiredService<Jinning.Roster.Terms.RosterSchedulerStatus>();
        // The scheduler sets its next wait after each pass: let the pass at the present time finish before moving on.
        var before = Clock.GetUtcNow();
        await Eventually.WaitForAsync(() => Task.FromResult(status.LastTickAt), at => at >= before, TimeSpan.FromSeconds(30),
            $"a roster tick at {before}");
        Clock.Advance(by);
        var now = Clock.GetUtcNow();
        await Eventually.WaitForAsync(() => Task.FromResult(status.LastTickAt), at => at >= now, TimeSpan.FromSeconds(30),
            $"a roster tick at {now}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Jinning", "Information");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, TrustTestTokens));
    }

    private static void TrustTestTokens(JwtBearerOptions options)
    {
        options.ConfigurationManager = null;
        options.Configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
        options.TokenValidationParameters.IssuerSigningKey = TestTokens.Key;
    }

    /// <summary>A client that calls the service with <paramref name="token"/>.</summary>
    public HttpClient ClientFor(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(token);
        return client;
    }

    public async Task<HttpResponseMessage> PostAsync(string token, string path, object? body = null)
    {
        using var client = ClientFor(token);
        return await client.PostAsJsonAsync(path, body ?? new { });
    }

    public async Task<HttpResponseMessage> GetAsync(string token, string path)
    {
        using var client = ClientFor(token);
        return await client.GetAsync(path);
    }
}
