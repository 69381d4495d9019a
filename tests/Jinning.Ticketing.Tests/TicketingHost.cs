using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Testing;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Clock;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.Issues;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Jinning.Ticketing.Tests;

public sealed class TicketingInfrastructure : InfrastructureFixture;

/// <summary>Service tests that call ticketing over HTTP share one PostgreSQL and one broker, one test at a time; each has its own
/// database.</summary>
[CollectionDefinition(Name)]
public sealed class TicketingServiceCollection : ICollectionFixture<TicketingInfrastructure>
{
    public const string Name = "Ticketing service";
}

/// <summary>
/// The real ticketing service on a real database and broker, with a clock the test moves. Tokens are
/// signed with a test key the host trusts instead of the identity service's, so tests act as any role.
/// </summary>
public sealed class TicketingHost(InfrastructureFixture infrastructure, string database, DateTimeOffset start)
    : ServiceHost<Program, TicketingDbContext>(infrastructure, "ticketingdb", database, start)
{
    private const string Issuer = "http://localhost:8080/";
    private static readonly SymmetricSecurityKey SigningKey = new(Encoding.UTF8.GetBytes("jinning-ticketing-tests-signing-key-0123456789"));
    private HttpClient? _client;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.ConfigurationManager = null;
                options.TokenValidationParameters.IssuerSigningKey = SigningKey;
            });
            // A test that publishes right after start finds the service's queues bound.
            services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        });
    }

    public static string Token(string role, string name, Guid? supervisorId = null, string? departmentCode = null)
    {
        var claims = new Dictionary<string, object>
        {
            [JinningClaims.Subject] = Guid.NewGuid().ToString(),
            [JinningClaims.Name] = name,
            [JinningClaims.Role] = role,
        };
        if (supervisorId is { } supervisor) claims[JinningClaims.SupervisorId] = supervisor.ToString();
        if (departmentCode is not null) claims[JinningClaims.DepartmentCode] = departmentCode;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = JinningClaims.ApiAudience,
            Claims = claims,
            // Valid on the real clock and on the test's fake one alike.
            IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            NotBefore = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Expires = new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public static readonly string Office = Token(Roles.Office, "office");
    public static readonly string Discipline = Token(Roles.Discipline, "discipline");

    public static string Department(string code) => Token(Roles.Department, $"dept.{code}", departmentCode: code);

    public static string Supervisor(Guid id) => Token(Roles.Supervisor, $"JN-{id.ToString()[..8]}", supervisorId: id);

    public HttpClient Http => _client ??= CreateClient();

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await Http.SendAsync(request);
    }

    /// <summary>Sends and expects success, answering the JSON body.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string url, string? token, object? body = null)
    {
        var response = await SendAsync(method, url, token, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Adds issues (and whatever else) the way the service saves them: their events go to the outbox.</summary>
    public async Task SeedAsync(Action<TicketingDbContext>? also, params Issue[] issues)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        also?.Invoke(db);
        db.Issues.AddRange(issues);
        await scope.ServiceProvider.GetRequiredService<IssueStore>().SaveAsync(CancellationToken.None);
    }

    public Task SeedAsync(params Issue[] issues) => SeedAsync(null, issues);

    /// <summary>
    /// Moves the clock and waits until the issue clock has completed a tick at the new time: after
    /// this, "nothing happened" means the clock looked and found nothing to do.
    /// </summary>
    public async Task<long> AdvanceAndTickAsync(TimeSpan by)
    {
        Clock.Advance(by);
        var now = Clock.GetUtcNow();
        var status = Services.GetRequiredService<IssueClockStatus>();
        await Eventually.WaitForAsync(() => Task.FromResult(status.LastTickAt), at => at >= now, TimeSpan.FromSeconds(30),
            $"a clock tick at {now}");
        return status.Ticks;
    }

    /// <summary>National Day 2026: 1–7 October off, Saturday 10 October worked.</summary>
    public static CalendarYear NationalDay2026() => new()
    {
        Year = 2026,
        Holidays = [.. Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day))],
        MakeUpWorkdays = [new DateOnly(2026, 10, 10)],
    };

    public override async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
    }
}
