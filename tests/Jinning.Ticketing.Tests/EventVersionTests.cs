using System.Text.Json;
using Jinning.Testing;
using Jinning.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Tests;

/// <summary>Issue 16: every contract event about an issue carries the issue's next event version, so consumers can order them.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class EventVersionTests(TicketingInfrastructure infrastructure)
{
    [Fact]
    public async Task AnIssuesSuccessiveEvents_Carry1_2_3_InTheOrderTheyWereRaised()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("versions"), start);
        var reported = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Supervisor(Guid.NewGuid()), new
        {
            title = "窗口办事排长队", description = "政务服务中心社保窗口只开一个。", category = "window-service", channel = "web",
        });
        var id = reported.GetProperty("id").GetGuid();
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", TicketingHost.Office, new
        {
            kind = "transfer", departmentCode = "housing-construction", deadline = start.AddDays(10),
        });
        var department = TicketingHost.Department("housing-construction");
        await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", department);

        var events = await host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Sequence)
            .Select(m => new { m.MessageType, m.Body }).ToListAsync());
        var aboutIssue = events.Select(e => (Type: e.MessageType.Split('.')[^1], Body: JsonDocument.Parse(e.Body).RootElement))
            .Where(e => e.Body.TryGetProperty("issueId", out var issueId) && issueId.GetGuid() == id).ToList();

        Assert.Equal(["IssueReported", "IssueTransferred", "IssueSignedFor"], aboutIssue.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L], aboutIssue.Select(e => e.Body.GetProperty("version").GetInt64()));
        var stored = await host.QueryAsync(db => db.Issues.Where(i => i.Id == id).Select(i => i.EventVersion).SingleAsync());
        Assert.Equal(3, stored);
    }
}
