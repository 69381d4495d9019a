using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jinning.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GatewayTests(PlatformFixture platform)
{
    private static readonly string[] Services = ["identity", "roster", "ticketing", "notification", "reporting"];

    [Fact]
    public async Task Health_WhenEveryServiceIsUp_Returns200NamingEachService()
    {
        var response = await platform.Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var services = body.RootElement.GetProperty("services");
        foreach (var service in Services)
        {
            var health = services.GetProperty(service);
            Assert.Equal("Healthy", health.GetProperty("status").GetString());
            // Each service's own report names its database and broker checks.
            var checks = health.GetProperty("detail").GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());
        }
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("roster")]
    [InlineData("ticketing")]
    [InlineData("notification")]
    [InlineData("reporting")]
    public async Task Docs_ServeEachServicesOpenApiDocument(string service)
    {
        var document = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/docs/{service}/openapi.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.NotEmpty(document.GetProperty("paths").EnumerateObject());
        Assert.Equal("/", document.GetProperty("servers")[0].GetProperty("url").GetString());
        // A frontend developer signs in from /docs: the password flow of the gateway's token route.
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("/connect/token", schemes.GetProperty("password").GetProperty("flows").GetProperty("password")
            .GetProperty("tokenUrl").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Docs_SayWhichRoutesNeedASignInAndWhichRoles_AndDescribeTheTokenRoute()
    {
        var ticketing = await platform.Gateway.GetFromJsonAsync<JsonElement>("/docs/ticketing/openapi.json");
        var list = ticketing.GetProperty("paths").GetProperty("/api/ticketing/issues").GetProperty("get");
        Assert.Equal("password", list.GetProperty("security")[0].EnumerateObject().Single().Name);
        Assert.True(list.GetProperty("responses").TryGetProperty("401", out _));
        var cases = ticketing.GetProperty("paths").GetProperty("/api/public/cases").GetProperty("get");
        Assert.False(cases.TryGetProperty("security", out _), "a public route asks for no sign-in");

        var roster = await platform.Gateway.GetFromJsonAsync<JsonElement>("/docs/roster/openapi.json");
        var nominate = roster.GetProperty("paths").GetProperty("/api/roster/nominations").GetProperty("post");
        Assert.True(nominate.GetProperty("responses").TryGetProperty("403", out _));
        Assert.Contains("nominator", nominate.GetProperty("description").GetString());

        var identity = await platform.Gateway.GetFromJsonAsync<JsonElement>("/docs/identity/openapi.json");
        var token = identity.GetProperty("paths").GetProperty("/connect/token").GetProperty("post");
        var form = token.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded");
        Assert.True(form.TryGetProperty("schema", out _));
        Assert.True(token.GetProperty("responses").TryGetProperty("200", out _));
    }

    [Fact]
    public async Task Docs_PageListsEveryService()
    {
        var page = await platform.Gateway.GetStringAsync("/docs/");

        // Scalar resolves these against the site root: /docs/{service}/openapi.json, served by the test above.
        foreach (var service in Services)
        {
            Assert.Contains($"\"url\":\"docs/{service}/openapi.json\"", page);
        }
        // The page offers the sign-in the documents declare, so a call can be tried from it.
        Assert.Matches("\"preferredSecurityScheme\":\\[?\"password\"", page);
    }

    [Fact]
    public async Task UnknownRoute_ReturnsProblemDetails404()
    {
        var response = await platform.Gateway.GetAsync("/api/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OversizedBody_IsRefusedWith413Problem()
    {
        var tooLarge = new ByteArrayContent(new byte[21 * 1024 * 1024]);
        tooLarge.Headers.ContentType = new("application/json");

        var response = await platform.Gateway.PostAsync("/api/ticketing/issues", tooLarge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
