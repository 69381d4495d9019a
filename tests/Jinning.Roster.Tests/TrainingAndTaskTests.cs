using System.Net;
using Jinning.Contracts.V1;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>D3, D4, D5: material and tasks reach the supervisors concerned, and only them.</summary>
[Collection(RosterCollection.Name)]
public sealed class TrainingAndTaskTests(RosterInfrastructure infrastructure)
{
    private static readonly DateTimeOffset November20 = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task TrainingMaterial_IsReadableByAnIssuedSupervisorOnly_WithAReadReceipt()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("training"), November20);
        var api = new RosterApi(host);
        var issued = await api.AppointAsync("甲", new DateOnly(2026, 3, 1));
        var before = await api.GetOkAsync(RosterApi.Office, "/api/roster/trainings?period=2026-H2");
        Assert.Contains("2026-H2", before.GetProperty("warning").GetString());

        var training = await api.PostOkAsync(RosterApi.Office, "/api/roster/trainings",
            new { title = "《优化营商环境条例》学习", material = "第一章 总则……（全文）" });
        var id = training.GetProperty("id").GetGuid();
        var latecomer = await api.AppointAsync("乙", new DateOnly(2026, 11, 20)); // appointed after the material went out

        var read = await api.GetOkAsync(issued.Token, $"/api/roster/trainings/{id}");
        Assert.Equal("第一章 总则……（全文）", read.GetProperty("material").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(latecomer.Token, $"/api/roster/trainings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.PostAsync(latecomer.Token, $"/api/roster/trainings/{id}/read")).StatusCode);
        Assert.Equal(0, (await api.GetOkAsync(latecomer.Token, "/api/roster/trainings")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await api.GetOkAsync(issued.Token, "/api/roster/trainings")).GetProperty("total").GetInt32());

        var receipt = await api.PostOkAsync(issued.Token, $"/api/roster/trainings/{id}/read");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await api.PostOkAsync(issued.Token, $"/api/roster/trainings/{id}/read");
        Assert.Equal(receipt.GetProperty("readAt").GetDateTimeOffset(), again.GetProperty("readAt").GetDateTimeOffset());

        var office = await api.GetOkAsync(RosterApi.Office, $"/api/roster/trainings/{id}");
        Assert.Equal(issued.Id, Assert.Single(office.GetProperty("readBy").EnumerateArray()).GetProperty("supervisorId").GetGuid());
        var listed = await api.GetOkAsync(RosterApi.Office, "/api/roster/trainings?period=2026-H2");
        Assert.True(listed.GetProperty("trainingIssued").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("warning").ValueKind);
        Assert.Equal(1, listed.GetProperty("items")[0].GetProperty("readCount").GetInt32());
        var issuedTo = Assert.Single(await api.EventsAsync<TrainingIssued>()).GetProperty("supervisorIds").EnumerateArray()
            .Select(s => s.GetGuid());
        Assert.Equal([issued.Id], issuedTo);
    }

    [Fact]
    public async Task Task_IsAnnouncedToEachAssignee_NamesTheIssueItVerifies_AndIsSeenOnlyByThem()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("tasks"), November20);
        var api = new RosterApi(host);
        var first = await api.AppointAsync("丙", new DateOnly(2026, 3, 1));
        var second = await api.AppointAsync("丁", new DateOnly(2026, 3, 1));
        var bystander = await api.AppointAsync("戊", new DateOnly(2026, 3, 1));
        var issueId = Guid.NewGuid();

        var mismatch = await host.PostAsync(RosterApi.Office, "/api/roster/tasks", new
        {
            kind = "mystery-visit", title = "暗访", description = "暗访窗口", assignedSupervisorIds = new[] { first.Id },
            verifiesIssueId = issueId,
        });
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Empty(await api.EventsAsync<TaskAssigned>());

        var task = await api.PostOkAsync(RosterApi.Office, "/api/roster/tasks", new
        {
            kind = "complaint-verification", title = "核查投诉 WT-20261118-0003", description = "到现场核实投诉所反映的窗口拒收材料情况。",
            dueOn = "2026-12-05", assignedSupervisorIds = new[] { first.Id, second.Id }, verifiesIssueId = issueId,
            verifiesTrackingNumber = "WT-20261118-0003",
        });
        var id = task.GetProperty("id").GetGuid();

        var announced = Assert.Single(await api.EventsAsync<TaskAssigned>());
        Assert.Equal([first.Id, second.Id], announced.GetProperty("supervisorIds").EnumerateArray().Select(s => s.GetGuid()));
        Assert.Equal(issueId, announced.GetProperty("verifiesIssueId").GetGuid());
        Assert.Equal("complaint-verification", announced.GetProperty("kind").GetString());

        await api.PostOkAsync(first.Token, $"/api/roster/tasks/{id}/result", new { result = "现场核实，情况属实。" });
        var seenBySecond = await api.GetOkAsync(second.Token, $"/api/roster/tasks/{id}");
        Assert.Equal(issueId, seenBySecond.GetProperty("verifiesIssueId").GetGuid());
        Assert.Empty(seenBySecond.GetProperty("results").EnumerateArray());
        Assert.Single((await api.GetOkAsync(RosterApi.Office, $"/api/roster/tasks/{id}")).GetProperty("results").EnumerateArray());
        Assert.Equal(1, (await api.GetOkAsync(second.Token, "/api/roster/tasks")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await api.GetOkAsync(bystander.Token, "/api/roster/tasks")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(bystander.Token, $"/api/roster/tasks/{id}")).StatusCode);
    }
}
