using System.Text;
using System.Text.Json.Nodes;
using Jinning.Contracts.AsyncApi;
using NJsonSchema;
using RabbitMQ.Client;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// What department systems receive keeps the contract the gateway publishes at <c>/docs/asyncapi.json</c>:
/// each message is read from the broker with the department's own account and validated, envelope included.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DepartmentMessageContractTests(PlatformFixture platform)
{
    [Fact]
    public async Task EveryMessageDepartmentsReceive_MatchesThePublishedSchema()
    {
        var document = JsonNode.Parse(await platform.Gateway.GetStringAsync(MessageContractPath))!.AsObject();
        var schema = await JsonSchema.FromJsonAsync(DepartmentContract.ReceivedSchema(document, "IssueTransferred").ToJsonString());
        await using var lead = await DepartmentQueue.OpenAsync(platform, "market-regulation");
        await using var coHandler = await DepartmentQueue.OpenAsync(platform, "taxation");

        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var full = await ReportAsync("营业执照变更窗口反复要求补充同一份材料", place: "晋宁区政务服务中心");
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{full}/dispatch", office, new
        {
            kind = "transfer", departmentCode = "market-regulation", coHandlers = new[] { "taxation" }, instructions = "请会同税务部门核查。",
        });
        var bare = await ReportAsync("执法检查未出示证件", place: null);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{bare}/dispatch", office, new
        {
            kind = "supervise", departmentCode = "market-regulation", level = "leadership",
        });

        var received = new[] { await lead.NextAsync(), await lead.NextAsync(), await coHandler.NextAsync() };

        foreach (var body in received)
        {
            var errors = schema.Validate(body);
            Assert.True(errors.Count == 0, $"{body}\n does not match the published schema:\n{string.Join("\n", errors)}");
        }
        var messages = received.Select(b => JsonNode.Parse(b)!["message"]!).ToList();
        Assert.Equal([full, bare], messages.Take(2).Select(m => m["issueId"]!.GetValue<Guid>()));
        Assert.Equal("leadership", messages[1]["supervisionLevel"]!.GetValue<string>());
        Assert.Equal(("co-handler", full), (messages[2]["role"]!.GetValue<string>(), messages[2]["issueId"]!.GetValue<Guid>()));
        // Proof the schema bites: the same message without a required field is refused.
        var broken = JsonNode.Parse(received[0])!.AsObject();
        broken["message"]!.AsObject().Remove("deadline");
        Assert.NotEmpty(schema.Validate(broken.ToJsonString()));
    }

    private const string MessageContractPath = "/docs/asyncapi.json";

    private async Task<Guid> ReportAsync(string title, string? place)
    {
        var office = await platform.Accounts.TokenAsync("office");
        var issue = await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title, description = $"{title}，企业多次反映。", category = "window-service", channel = "hotline",
            source = "hotline", contactName = "王先生", contactPhone = "13800000000", place,
        });
        return issue.GetProperty("id").GetGuid();
    }

    /// <summary>A department system's queue, declared and bound with the department's own broker account.</summary>
    private sealed class DepartmentQueue(IConnection connection, IChannel channel, string queue) : IAsyncDisposable
    {
        public static async Task<DepartmentQueue> OpenAsync(PlatformFixture platform, string department)
        {
            var factory = new ConnectionFactory
            {
                Uri = new Uri(await platform.BrokerAmqpUriAsync($"dept.{department}", Accounts.DevelopmentPassword)),
            };
            var connection = await factory.CreateConnectionAsync();
            var channel = await connection.CreateChannelAsync();
            var queue = (await channel.QueueDeclareAsync($"dept.{department}.contract-{Guid.NewGuid():N}", durable: false,
                exclusive: true, autoDelete: true)).QueueName;
            await channel.QueueBindAsync(queue, DepartmentContract.IssueTransferredExchange, department);
            return new DepartmentQueue(connection, channel, queue);
        }

        public async Task<string> NextAsync()
        {
            for (var attempt = 0; attempt < 150; attempt++)
            {
                if (await channel.BasicGetAsync(queue, autoAck: true) is { } delivered)
                {
                    return Encoding.UTF8.GetString(delivered.Body.Span);
                }
                await Task.Delay(200);
            }
            throw new TimeoutException($"Nothing reached {queue} within 30 s.");
        }

        public async ValueTask DisposeAsync()
        {
            await channel.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
