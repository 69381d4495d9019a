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
            ["requestId"] = Optional("请求编号", "uuid"),
            ["correlationId"] = Optional("关联编号", "uuid"),
            ["conversationId"] = Optional("会话编号", "uuid"),
            ["initiatorId"] = Optional("发起消息编号", "uuid"),
            ["sourceAddress"] = Optional("发布方地址", "uri"),
            ["destinationAddress"] = Optional("目标地址", "uri"),
            ["responseAddress"] = Optional("应答地址", "uri"),
            ["faultAddress"] = Optional("故障地址", "uri"),
            ["messageType"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "消息类型，如 urn:message:Jinning.Contracts.V1:IssueTransferred",
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^urn:message:" },
            },
            ["message"] = new JsonObject { ["type"] = "object", ["description"] = "事件内容" },
            ["expirationTime"] = Optional("过期时间", "date-time"),
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

    /// <summary>MassTransit writes these as <c>null</c> when unset.</summary>
    private static JsonObject Optional(string description, string format) =>
        new() { ["type"] = new JsonArray("string", "null"), ["format"] = format, ["description"] = description };

    private static JsonObject Text(string description, string format) =>
        new() { ["type"] = "string", ["format"] = format, ["description"] = description };
}
