using System.Text.Json;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>The roster's OpenAPI document (shown by the gateway, read by the console) declares the new routes and their answers.</summary>
[Collection(RosterCollection.Name)]
public sealed class OpenApiTests(RosterInfrastructure infrastructure)
{
    [Fact]
    public async Task Document_DeclaresTheRound2Routes_WithTheirProblemAnswers()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("openapi"), DateTimeOffset.UtcNow);
        using var client = host.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        var forward = paths.GetProperty("/api/roster/duties/half-years/{period}/submissions/{id}/forward").GetProperty("post");
        Assert.True(forward.GetProperty("responses").TryGetProperty("409", out _));
        var upload = paths.GetProperty("/api/roster/duties/half-years/{period}/submissions/{id}/attachments").GetProperty("post");
        foreach (var status in new[] { "201", "404", "409", "413", "415" })
        {
            Assert.True(upload.GetProperty("responses").TryGetProperty(status, out _), $"upload declares {status}");
        }
        foreach (var path in new[]
        {
            "/api/roster/trainings/{id}/read", "/api/roster/tasks/{id}", "/api/roster/meetings/{id}/minutes",
            "/api/roster/supervisors/{id}/applications/{applicationId}/decision", "/api/roster/supervisors/{id}/declarations",
            "/api/roster/declarations", "/api/roster/applications",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is in the document");
        }
    }
}
