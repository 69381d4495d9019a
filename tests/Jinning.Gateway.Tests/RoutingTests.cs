using System.Net;

namespace Jinning.Gateway.Tests;

public sealed class RoutingTests(GatewayHost gateway) : IClassFixture<GatewayHost>
{
    [Theory]
    [InlineData("/api/nowhere")]
    [InlineData("/api/roster-typo/supervisors")]
    public async Task UnknownApiPath_IsAProblem404_NotTheConsolesPage(string path)
    {
        var response = await gateway.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task KnownApiPrefix_StillGoesToItsService()
    {
        // Nothing listens behind the test gateway: reaching the proxy shows as 502/503, not the 404 above.
        var response = await gateway.CreateClient().GetAsync("/api/roster/supervisors");

        Assert.True((int)response.StatusCode >= 500, $"expected the proxy's answer, got {response.StatusCode}");
    }
}
