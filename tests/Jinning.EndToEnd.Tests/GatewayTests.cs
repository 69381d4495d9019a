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
