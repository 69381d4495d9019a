using System.Text.Json.Nodes;
using Jinning.Contracts.AsyncApi;

namespace Jinning.Contracts.Tests;

/// <summary>The check that keeps V1 additive catches each way a subscriber could be broken, and lets additions through.</summary>
public sealed class CompatibilityCheckTests
{
    private static readonly JsonObject Committed = DepartmentContract.Document();

    private static JsonObject Transferred(JsonObject document) => document["components"]!["schemas"]!["IssueTransferred"]!.AsObject();

    private static IReadOnlyList<string> BreaksAfter(Action<JsonObject> change)
    {
        var changed = Committed.DeepClone().AsObject();
        change(changed);
        return ContractCompatibility.BreakingChanges(Committed, changed);
    }

    [Fact]
    public void Unchanged_IsCompatible() => Assert.Empty(BreaksAfter(_ => { }));

    [Fact]
    public void AddedField_AddedValue_AddedMessage_AreCompatible()
    {
        var breaks = BreaksAfter(document =>
        {
            Transferred(document)["properties"]!["priority"] = new JsonObject { ["type"] = "integer" };
            Transferred(document)["properties"]!["kind"]!["enum"]!.AsArray().Add("escalate");
            document["components"]!["messages"]!["IssueWithdrawn"] = new JsonObject { ["name"] = "IssueWithdrawn" };
        });

        Assert.Empty(breaks);
    }

    [Fact]
    public void RemovedField_IsBreaking() =>
        Assert.Contains(BreaksAfter(d => Transferred(d)["properties"]!.AsObject().Remove("place")), b => b.Contains("IssueTransferred.place"));

    [Fact]
    public void RenamedField_IsBreaking()
    {
        var breaks = BreaksAfter(document =>
        {
            var properties = Transferred(document)["properties"]!.AsObject();
            var title = properties["title"]!.DeepClone();
            properties.Remove("title");
            properties["subject"] = title;
        });

        Assert.Contains(breaks, b => b.Contains("IssueTransferred.title") && b.Contains("改名"));
    }

    [Fact]
    public void NarrowedType_ChangedFormat_WithdrawnValue_AreBreaking()
    {
        var breaks = BreaksAfter(document =>
        {
            var properties = Transferred(document)["properties"]!;
            properties["major"]!["type"] = "string";
            properties["deadline"]!["format"] = "date";
            properties["kind"]!["enum"] = new JsonArray("transfer", "assign");
        });

        Assert.Contains(breaks, b => b.Contains(".major") && b.Contains("类型"));
        Assert.Contains(breaks, b => b.Contains(".deadline") && b.Contains("格式"));
        Assert.Contains(breaks, b => b.Contains(".kind") && b.Contains("supervise"));
    }

    [Fact]
    public void RequiredFieldMadeOptional_IsBreaking_ButOptionalMadeRequiredIsNot()
    {
        var breaks = BreaksAfter(document =>
        {
            var required = Transferred(document)["required"]!.AsArray();
            required.Remove(required.First(r => r!.GetValue<string>() == "deadline"));
            required.Add("place");
        });

        Assert.Equal(["schemas/IssueTransferred.deadline 不再必填"], breaks);
    }

    [Fact]
    public void RemovedChannel_MovedExchange_RemovedSchema_AreBreaking()
    {
        var breaks = BreaksAfter(document =>
        {
            document["channels"]!["issueTransferred"]!["address"] = "Jinning.Contracts.V2:IssueTransferred";
            document["channels"]!.AsObject().Remove("departmentWebhook");
            document["components"]!["schemas"]!.AsObject().Remove("WebhookNotice");
        });

        Assert.Contains(breaks, b => b.StartsWith("channels/issueTransferred 的地址"));
        Assert.Contains("channels/departmentWebhook 被删除", breaks);
        Assert.Contains("schemas/WebhookNotice 被删除", breaks);
    }
}
