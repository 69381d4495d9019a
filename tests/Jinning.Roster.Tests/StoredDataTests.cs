using System.Text.Json.Nodes;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Tests;

/// <summary>Rows written before round 2 still read: actions without the referral flag, past terms without how they ended.</summary>
[Collection(RosterCollection.Name)]
public sealed class StoredDataTests(RosterInfrastructure infrastructure)
{
    [Fact]
    public async Task ActionsAndPastTerms_StoredWithoutTheNewFields_StillRead()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("stored"),
            new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var api = new RosterApi(host);
        var supervisor = await api.AppointAsync("甲", new DateOnly(2026, 3, 1));
        await api.PostOkAsync(RosterApi.Office, $"/api/roster/supervisors/{supervisor.Id}/actions",
            new { kind = "criticism", reasonCode = "discipline-violation" });

        var stored = JsonNode.Parse(await host.QueryAsync(db => db.Database
            .SqlQuery<string>($"SELECT actions::text AS \"Value\" FROM supervisors WHERE id = {supervisor.Id}").SingleAsync()))!.AsArray();
        var action = stored.Single()!.AsObject();
        Assert.True(action.Remove("ReferredToDiscipline"), $"the flag is stored under another name: {action.ToJsonString()}");
        var pastTerms = new JsonArray(new JsonObject
        {
            ["CertificateNumber"] = "JN-2024-0001", ["TermStart"] = "2024-03-01",
            ["TermEnd"] = "2026-02-28"
        });
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync($"""
            UPDATE supervisors SET actions = {stored.ToJsonString()}::jsonb, past_terms = {pastTerms.ToJsonString()}::jsonb
            WHERE id = {supervisor.Id}
            """));

        var read = await api.GetOkAsync(RosterApi.Office, $"/api/roster/supervisors/{supervisor.Id}");
        Assert.False(read.GetProperty("actions")[0].GetProperty("referredToDiscipline").GetBoolean());
        Assert.Equal("JN-2024-0001", read.GetProperty("pastTerms")[0].GetProperty("certificateNumber").GetString());
        using var anonymous = host.CreateClient();
        var list = await api.OkAsync(await anonymous.GetAsync("/api/public/roster/2024"));
        Assert.Equal("term-ended", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());
    }
}
