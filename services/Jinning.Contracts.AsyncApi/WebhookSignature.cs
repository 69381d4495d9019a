using System.Text.Json.Nodes;
using Jinning.Contracts.V1;
using static Jinning.Contracts.AsyncApi.DepartmentContract;

namespace Jinning.Contracts.AsyncApi;

/// <summary>The webhook delivery: its JSON body and the headers that let a receiver trust it.</summary>
internal static class WebhookSignature
{
    public const string SignatureHeader = "X-Jinning-Signature";
    public const string TimestampHeader = "X-Jinning-Timestamp";
    public const string DeliveryHeader = "X-Jinning-Delivery";

    public static JsonObject Message() => new()
    {
        ["name"] = nameof(WebhookNotice),
        ["title"] = "webhook 通知",
        ["summary"] = "推送到单位登记地址的一条通知。",
        ["description"] = $"签名 = \"sha256=\" + hex(HMAC-SHA256(密钥, \"{{{TimestampHeader}}}.{{原始请求体}}\"))。"
            + "用原始字节计算，不要先解析再序列化；用常量时间比较；拒绝与本机时钟相差超过 5 分钟的时间戳，以免旧请求被重放。",
        ["contentType"] = "application/json",
        ["headers"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray(SignatureHeader, TimestampHeader, DeliveryHeader),
            ["properties"] = new JsonObject
            {
                [SignatureHeader] = new JsonObject
                {
                    ["type"] = "string", ["pattern"] = "^sha256=[0-9a-f]{64}$",
                    ["description"] = "对“时间戳.请求体”的 HMAC-SHA256 签名，密钥为登记时生成的密钥",
                },
                [TimestampHeader] = new JsonObject
                {
                    ["type"] = "string", ["pattern"] = "^[0-9]+$", ["description"] = "签名时间，Unix 秒",
                },
                [DeliveryHeader] = new JsonObject { ["type"] = "string", ["format"] = "uuid", ["description"] = "投递编号，同 deliveryId" },
            },
        },
        ["correlationId"] = new JsonObject { ["description"] = "投递编号", ["location"] = "$message.payload#/deliveryId" },
        ["payload"] = Ref($"#/components/schemas/{nameof(WebhookNotice)}"),
    };
}
