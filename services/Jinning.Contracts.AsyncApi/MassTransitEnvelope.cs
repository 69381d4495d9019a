using System.Text.Json.Nodes;
using static Jinning.Contracts.AsyncApi.DepartmentContract;

namespace Jinning.Contracts.AsyncApi;

/// <summary>MassTransit's JSON envelope around every message on the broker; the event itself is under <c>message</c>.</summary>
internal static class MassTransitEnvelope
{
    public const string ContentType = "application/vnd.masstransit+json";
    public const string SchemaName = "MassTransitEnvelope";

    public static JsonObject Schema() => new()
    {
        ["type"] = "object",
        ["description"] = "MassTransit 的消息信封；事件内容在 message 字段中。",
        ["required"] = new JsonArray("messageId", "messageType", "message", "sentTime"),
        ["properties"] = new JsonObject
        {
            ["messageId"] = Text("消息编号；重复投递时不变，按它去重", "uuid"),
            ["conversationId"] = Text("会话编号", "uuid"),
            ["correlationId"] = Text("关联编号", "uuid"),
            ["sourceAddress"] = Text("发布方地址", "uri"),
            ["destinationAddress"] = Text("目标地址", "uri"),
            ["messageType"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "消息类型，如 urn:message:Jinning.Contracts.V1:IssueTransferred",
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^urn:message:" },
            },
            ["message"] = new JsonObject { ["type"] = "object", ["description"] = "事件内容" },
            ["sentTime"] = Text("发送时间", "date-time"),
            ["headers"] = new JsonObject { ["type"] = "object", ["description"] = "附加头部" },
            ["host"] = new JsonObject { ["type"] = "object", ["description"] = "发送方主机信息" },
        },
    };

    public static JsonObject Message(string record, string title, string summary) => new()
    {
        ["name"] = record,
        ["title"] = title,
        ["summary"] = summary,
        ["contentType"] = ContentType,
        ["correlationId"] = new JsonObject { ["description"] = "信封的消息编号", ["location"] = "$message.payload#/messageId" },
        ["payload"] = new JsonObject
        {
            ["allOf"] = new JsonArray(
                Ref($"#/components/schemas/{SchemaName}"),
                new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("message"),
                    ["properties"] = new JsonObject { ["message"] = Ref($"#/components/schemas/{record}") },
                }),
        },
    };

    private static JsonObject Text(string description, string format) =>
        new() { ["type"] = "string", ["format"] = format, ["description"] = description };
}
