using System.Text.Json.Nodes;
using Jinning.Contracts.V1;

namespace Jinning.Contracts.AsyncApi;

/// <summary>
/// Everything a department's own system may consume, as an AsyncAPI 3.0 document: the
/// <see cref="IssueTransferred"/> exchange on the broker with the account's permissions, and the
/// webhook deliveries with their signature headers. Served by the gateway at <c>/docs/asyncapi.json</c>
/// and committed as <c>docs/contracts/asyncapi.v1.json</c>, which a test keeps additive.
/// </summary>
public static class DepartmentContract
{
    public const string IssueTransferredExchange = "Jinning.Contracts.V1:IssueTransferred";
    public const string Version = "1.0.0";

    public static JsonObject Document() => new()
    {
        ["asyncapi"] = "3.0.0",
        ["info"] = Info(),
        ["defaultContentType"] = MassTransitEnvelope.ContentType,
        ["servers"] = Servers(),
        ["channels"] = new JsonObject
        {
            ["issueTransferred"] = IssueTransferredChannel(),
            ["departmentWebhook"] = WebhookChannel(),
        },
        ["operations"] = new JsonObject
        {
            ["receiveIssueTransferred"] = new JsonObject
            {
                ["action"] = "receive",
                ["channel"] = Ref("#/channels/issueTransferred"),
                ["summary"] = "接收转办给本单位的问题",
                ["description"] = "声明名为 dept.{departmentCode}.<任意名称> 的持久队列，以本单位代码为路由键绑定到交换机；"
                    + "处理完成后再确认（ack）。同一条消息可能重复投递，请按信封的 messageId 去重。",
                ["messages"] = new JsonArray(Ref("#/channels/issueTransferred/messages/issueTransferred")),
                ["bindings"] = new JsonObject
                {
                    ["amqp"] = new JsonObject { ["cc"] = new JsonArray("{departmentCode}"), ["ack"] = true, ["bindingVersion"] = "0.3.0" },
                },
                ["x-jinning-queue"] = "dept.{departmentCode}.<任意名称>",
            },
            ["receiveWebhookNotice"] = new JsonObject
            {
                ["action"] = "receive",
                ["channel"] = Ref("#/channels/departmentWebhook"),
                ["summary"] = "在登记的地址接收通知",
                ["description"] = "平台以 POST 推送，2xx 以外的回答（包括重定向）视为失败并按退避重试。"
                    + "请校验签名、拒绝 5 分钟以前的时间戳，并按 deliveryId 去重。",
                ["messages"] = new JsonArray(Ref("#/channels/departmentWebhook/messages/webhookNotice")),
                ["bindings"] = new JsonObject { ["http"] = new JsonObject { ["method"] = "POST", ["bindingVersion"] = "0.3.0" } },
            },
        },
        ["components"] = new JsonObject
        {
            ["schemas"] = new JsonObject
            {
                [MassTransitEnvelope.SchemaName] = MassTransitEnvelope.Schema(),
                [nameof(IssueTransferred)] = MessageSchema.Of(typeof(IssueTransferred)),
                [nameof(WebhookNotice)] = MessageSchema.Of(typeof(WebhookNotice)),
            },
            ["messages"] = new JsonObject
            {
                [nameof(IssueTransferred)] = MassTransitEnvelope.Message(nameof(IssueTransferred), "问题转办",
                    "转办、交办或督办给本单位的问题；牵头单位和每个协办单位各一条。"),
                [nameof(WebhookNotice)] = WebhookSignature.Message(),
            },
            ["securitySchemes"] = new JsonObject { ["departmentAccount"] = BrokerPermissions.SecurityScheme() },
        },
    };

    /// <summary>A self-contained JSON Schema of one message as received (envelope included), for validators without $ref support.</summary>
    public static JsonObject ReceivedSchema(JsonObject document, string messageName) =>
        SchemaInliner.Inline(document, document["components"]!["messages"]![messageName]!["payload"]!.DeepClone());

    private static JsonObject Info() => new()
    {
        ["title"] = "晋宁区营商环境义务监督员平台：单位系统消息接口",
        ["version"] = Version,
        ["description"] = "责任单位自己的系统可以通过 RabbitMQ 或 webhook 接收转办给本单位的问题，再通过网关的 HTTP 接口签收、退单、报送整改。\n\n"
            + "版本规则：消息契约位于 Jinning.Contracts.V1 命名空间，V1 内只做增量变更（只增加字段、取值或消息，不删除、不改名、不收窄类型，"
            + "必填字段不会变为可选）。请忽略不认识的字段，对不认识的取值按“其他”处理。需要不兼容的变更时，平台在 V2 交换机"
            + "（Jinning.Contracts.V2:…）上同时发布新版本，V1 继续发布，直到所有单位完成迁移并另行通知。",
        ["contact"] = new JsonObject { ["name"] = "晋宁区营商环境办" },
    };

    private static JsonObject Servers() => new()
    {
        ["broker"] = new JsonObject
        {
            ["host"] = "localhost:5672",
            ["protocol"] = "amqp",
            ["protocolVersion"] = "0-9-1",
            ["description"] = "平台的消息代理。开发环境为本机 5672 端口；生产环境的地址和 TLS 端口由区营商环境办提供。",
            ["security"] = new JsonArray(Ref("#/components/securitySchemes/departmentAccount")),
            ["bindings"] = new JsonObject { ["amqp"] = new JsonObject { ["bindingVersion"] = "0.3.0" } },
        },
        ["departmentSystem"] = new JsonObject
        {
            ["host"] = "{host}",
            ["protocol"] = "https",
            ["description"] = "单位自己的系统：由区营商环境办登记的 HTTPS 地址（webhook）。",
            ["variables"] = new JsonObject { ["host"] = new JsonObject { ["description"] = "单位系统的主机名" } },
        },
    };

    private static JsonObject IssueTransferredChannel() => new()
    {
        ["address"] = IssueTransferredExchange,
        ["title"] = "问题转办",
        ["description"] = "主题（topic）交换机，路由键为接收单位的代码，如 market-regulation。单位账号只能以本单位代码绑定，只能看到本单位的问题。",
        ["servers"] = new JsonArray(Ref("#/servers/broker")),
        ["messages"] = new JsonObject { ["issueTransferred"] = Ref($"#/components/messages/{nameof(IssueTransferred)}") },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject
            {
                ["is"] = "routingKey",
                ["exchange"] = new JsonObject
                {
                    ["name"] = IssueTransferredExchange, ["type"] = "topic", ["durable"] = true, ["autoDelete"] = false, ["vhost"] = "/",
                },
                ["bindingVersion"] = "0.3.0",
            },
        },
        ["x-jinning-routing-key"] = "{departmentCode}",
    };

    private static JsonObject WebhookChannel() => new()
    {
        ["address"] = null,
        ["title"] = "单位 webhook",
        ["description"] = "区营商环境办为单位登记的地址；每条发给本单位的通知都以 JSON 推送到这里。",
        ["servers"] = new JsonArray(Ref("#/servers/departmentSystem")),
        ["messages"] = new JsonObject { ["webhookNotice"] = Ref($"#/components/messages/{nameof(WebhookNotice)}") },
    };

    internal static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
