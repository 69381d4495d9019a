using System.Net;
using System.Net.Http.Headers;

namespace Jinning.Gateway.Tests;

public sealed class RateLimitTests : IClassFixture<GatewayHost>
{
    private readonly GatewayHost _gateway;

    public RateLimitTests(GatewayHost gateway) => _gateway = gateway;

    [Fact]
    public async Task WebConsolePages_NeverMeetTheLimits()
    {
        var client = _gateway.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await SendAsync(client, HttpMethod.Get, $"/supervisor/issues/{i}", from: "203.0.113.10")).StatusCode);
            statuses.Add((await SendAsync(client, HttpMethod.Get, "/_blazor/negotiate", from: "203.0.113.10")).StatusCode);
        }

        // Forty requests from one address over a budget of three: the console is not counted.
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, status => Assert.True((int)status >= 500, $"proxied to the (absent) console: {status}"));
    }

    [Fact]
    public async Task ApiRequests_AreCountedPerAddress_WhenAnonymous()
    {
        var client = _gateway.CreateClient();
        var first = await StatusesAsync(client, "/api/roster/supervisors", count: 4, from: "203.0.113.20");
        var other = await StatusesAsync(client, "/api/roster/supervisors", count: 1, from: "203.0.113.21");

        Assert.Equal([false, false, false, true], first.Select(s => s == HttpStatusCode.TooManyRequests));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.Single());
    }

    [Fact]
    public async Task ApiRequests_AreCountedPerSignedInPerson_EvenFromOneAddress()
    {
        var client = _gateway.CreateClient();
        // The office's NAT, or the console calling for everyone: one address, many people.
        var alice = await StatusesAsync(client, "/api/ticketing/issues", count: 4, from: "203.0.113.30", token: _gateway.TokenFor("alice"));
        var bob = await StatusesAsync(client, "/api/ticketing/issues", count: 3, from: "203.0.113.30", token: _gateway.TokenFor("bob"));

        Assert.Equal(HttpStatusCode.TooManyRequests, alice.Last());
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, bob);
    }

    [Fact]
    public async Task ForwardedFor_IsBelievedOnlyFromATrustedProxy()
    {
        var client = _gateway.CreateClient();

        // From loopback (the console on this host), each forwarded browser address has its own budget.
        var viaConsole = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            viaConsole.Add((await SendAsync(client, HttpMethod.Get, "/api/public/contact", from: "127.0.0.1", forwardedFor: $"198.51.100.{i}")).StatusCode);
        }
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, viaConsole);

        // From anywhere else the header is ignored: choosing a new address each time buys nothing.
        var spoofed = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            spoofed.Add((await SendAsync(client, HttpMethod.Get, "/api/public/contact", from: "203.0.113.40", forwardedFor: $"198.51.100.{100 + i}")).StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, spoofed);
    }

    [Fact]
    public async Task TooManyRequests_IsAProblemWithRetryAfter()
    {
        var client = _gateway.CreateClient();
        var last = await StatusesAsync(client, "/api/reports/issues/summary", count: 4, from: "203.0.113.50");
        var response = await SendAsync(client, HttpMethod.Get, "/api/reports/issues/summary", from: "203.0.113.50");

        Assert.Equal(HttpStatusCode.TooManyRequests, last.Last());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("请求过于频繁", await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string path, int count, string from, string? token = null)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add((await SendAsync(client, HttpMethod.Get, path, from, token: token)).StatusCode);
        }
        return statuses;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string from,
        string? token = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(GatewayHost.RemoteAddressHeader, from);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return client.SendAsync(request);
    }
}
