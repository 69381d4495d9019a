using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Jinning.Gateway.Tests;

public sealed class AggregatedHealthTests
{
    private const string HealthyReport = """
        {"status":"Healthy","checks":{"self":{"status":"Healthy"},"masstransit-bus":{"status":"Healthy","description":"Ready"}}}
        """;

    private const string OutboxDegradedReport = """
        {"status":"Degraded","checks":{"self":{"status":"Healthy"},"masstransit-bus":{"status":"Healthy","description":"Ready"},
         "outbox":{"status":"Degraded","description":"oldest unsent message has waited 95s (limit 60s); 12 pending",
                   "data":{"pending":12,"oldestUnsentSeconds":95,"dead":0}}}}
        """;

    private const string DatabaseDownReport = """
        {"status":"Unhealthy","checks":{"self":{"status":"Healthy"},"TicketingDbContext":{"status":"Unhealthy","description":"connection refused"}}}
        """;

    [Fact]
    public async Task Health_WhenOneServiceIsDegraded_Answers200DegradedNamingTheServiceAndReason()
    {
        await using var healthy = await FakeHealthService.StartAsync(200, HealthyReport);
        await using var degraded = await FakeHealthService.StartAsync(200, OutboxDegradedReport);

        using var body = await HealthAsync(healthy, ("ticketing", degraded), HttpStatusCode.OK);

        Assert.Equal("Degraded", body.RootElement.GetProperty("status").GetString());
        var ticketing = body.RootElement.GetProperty("services").GetProperty("ticketing");
        Assert.Equal("Degraded", ticketing.GetProperty("status").GetString());
        var reason = Assert.Single(ticketing.GetProperty("reasons").EnumerateArray()).GetString();
        Assert.Equal("outbox: oldest unsent message has waited 95s (limit 60s); 12 pending", reason);
        var roster = body.RootElement.GetProperty("services").GetProperty("roster");
        Assert.Equal("Healthy", roster.GetProperty("status").GetString());
        Assert.Empty(roster.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task Health_WhenOneServiceCannotReachItsDatabase_Answers503UnhealthyWithTheFailingCheck()
    {
        await using var healthy = await FakeHealthService.StartAsync(200, HealthyReport);
        await using var unhealthy = await FakeHealthService.StartAsync(503, DatabaseDownReport);

        using var body = await HealthAsync(healthy, ("ticketing", unhealthy), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var ticketing = body.RootElement.GetProperty("services").GetProperty("ticketing");
        Assert.Equal("Unhealthy", ticketing.GetProperty("status").GetString());
        Assert.Equal("TicketingDbContext: connection refused", ticketing.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task Health_WhenOneServiceDoesNotAnswer_ReportsItUnreachable()
    {
        await using var healthy = await FakeHealthService.StartAsync(200, HealthyReport);
        var stopped = await FakeHealthService.StartAsync(200, HealthyReport);
        await stopped.DisposeAsync();

        using var body = await HealthAsync(healthy, ("reporting", stopped), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var reporting = body.RootElement.GetProperty("services").GetProperty("reporting");
        Assert.Equal("Unreachable", reporting.GetProperty("status").GetString());
        Assert.NotEmpty(reporting.GetProperty("reasons").EnumerateArray());
        Assert.Equal("Healthy", body.RootElement.GetProperty("services").GetProperty("identity").GetProperty("status").GetString());
    }

    /// <summary>The gateway's <c>/health</c> with every service (and the console) at <paramref name="healthy"/> but one.</summary>
    private static async Task<JsonDocument> HealthAsync(FakeHealthService healthy, (string Name, FakeHealthService Service) odd,
        HttpStatusCode expected)
    {
        await using var gateway = new GatewayHost().WithWebHostBuilder(builder =>
        {
            foreach (var service in GatewayServiceExtensions.HealthChecked)
            {
                var address = service == odd.Name ? odd.Service.Address : healthy.Address;
                builder.UseSetting($"services:{service}:http:0", address);
            }
        });
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
