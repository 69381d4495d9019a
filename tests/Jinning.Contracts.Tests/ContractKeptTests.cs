using System.Text.Json.Nodes;
using Jinning.Contracts.AsyncApi;

namespace Jinning.Contracts.Tests;

/// <summary>The records still generate the committed contract, and a change to them can only add.</summary>
public sealed class ContractKeptTests
{
    [Fact]
    public void Records_GenerateTheCommittedContract_OrOnlyAddToIt()
    {
        var current = DepartmentContract.Document();
        var committed = CommittedContract.Read();

        var breaking = ContractCompatibility.BreakingChanges(committed, current);
        Assert.True(breaking.Count == 0,
            "The V1 message contract changed in a way subscribers would trip over; keep V1 additive and introduce a V2 beside it:\n"
            + string.Join("\n", breaking));

        if (JsonNode.DeepEquals(committed, current))
        {
            return;
        }
        if (Environment.GetEnvironmentVariable(CommittedContract.UpdateVariable) == "1")
        {
            CommittedContract.Write(current);
            return;
        }
        Assert.Fail($"The contract records gained something not yet in {CommittedContract.FilePath}. It is additive; review it and "
            + $"commit it with: {CommittedContract.UpdateVariable}=1 dotnet test tests/Jinning.Contracts.Tests");
    }

    [Fact]
    public void EveryReference_PointsIntoTheDocument()
    {
        var document = DepartmentContract.Document();
        var pointers = References(document).ToList();

        Assert.NotEmpty(pointers);
        foreach (var pointer in pointers)
        {
            var target = pointer[2..].Split('/').Aggregate((JsonNode?)document, (node, segment) => node?[segment]);
            Assert.True(target is not null, $"{pointer} points nowhere");
        }
        Assert.Equal("3.0.0", document["asyncapi"]!.GetValue<string>());
    }

    [Fact]
    public void ReceivedSchema_HasTheEnvelopeAndTheEventWithoutReferences()
    {
        var document = DepartmentContract.Document();

        var schema = DepartmentContract.ReceivedSchema(document, "IssueTransferred");

        Assert.DoesNotContain("$ref", schema.ToJsonString());
        var parts = schema["allOf"]!.AsArray();
        Assert.Contains(parts, p => p!["required"]?.AsArray().Any(r => r!.GetValue<string>() == "messageId") == true);
        var message = parts.Select(p => p!["properties"]?["message"]).Single(m => m?["properties"]?["trackingNumber"] is not null)!;
        Assert.Contains("transfer", message["properties"]!["kind"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
