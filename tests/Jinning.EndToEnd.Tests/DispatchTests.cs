using System.Net;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Jinning.EndToEnd.Tests;

/// <summary>T3, T8, T9 through the gateway and the broker: a dispatched issue reaches its department, and no one else.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DispatchTests(PlatformFixture platform)
{
    [Fact]
    public async Task DispatchedIssue_DepartmentSeesItWithoutReporter_OtherDepartmentGets404_AndItsSystemReceivesTheMessage()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("郑一");

        // The department system listens with its own broker account, bound to its own code only.
        var factory = new ConnectionFactory { Uri = new Uri(await platform.BrokerAmqpUriAsync("dept.housing-construction", Accounts.DevelopmentPassword)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync("dept.housing-construction.e2e", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, "Jinning.Contracts.V1:IssueTransferred", "housing-construction");

        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "施工许可审批拖延", description = "施工许可材料齐全但 30 天未批。", category = "administrative-approval",
            channel = "visit", place = "晋宁区昆阳街道",
        });
        var id = issue.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/research", office);
        var dispatched = await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new
        {
            kind = "transfer", departmentCode = "housing-construction", deadline = (string?)null, instructions = "请核查并在时限内办结。",
        });
        Assert.Equal("dispatched", dispatched.GetProperty("status").GetString());
        Assert.True(DateTimeOffset.Parse(dispatched.GetProperty("deadline").GetString()!) > DateTimeOffset.UtcNow.AddDays(14));

        var housing = await accounts.DepartmentSystemTokenAsync("housing-construction");
        var seen = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", housing);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("reporterSupervisorId").ValueKind);
        Assert.StartsWith("监督员-", seen.GetProperty("reporterPseudonym").GetString());
        var list = await accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=100", housing);
        Assert.All(list.GetProperty("items").EnumerateArray(), item => Assert.Equal("housing-construction", item.GetProperty("departmentCode").GetString()));

        var taxation = await accounts.DepartmentSystemTokenAsync("taxation");
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", taxation)).StatusCode);

        BasicGetResult? delivered = null;
        for (var attempt = 0; attempt < 100 && delivered is null; attempt++)
        {
            delivered = await channel.BasicGetAsync(queue, autoAck: true);
            if (delivered is null) await Task.Delay(200);
        }
        Assert.NotNull(delivered);
        var body = Encoding.UTF8.GetString(delivered.Body.Span);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("message");
        Assert.Equal(id, message.GetProperty("issueId").GetGuid());
        Assert.Equal("transfer", message.GetProperty("kind").GetString());
        Assert.DoesNotContain(supervisor.Id.ToString(), body);
        Assert.DoesNotContain("reporter", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dispatch_ToAnUnknownDepartment_Returns400_AndTwiceReturns409()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title = "信箱来信", description = "反映某窗口办事推诿。", category = "window-service", channel = "mailbox", source = "mailbox",
        });
        var id = issue.GetProperty("id").GetGuid();

        var unknown = await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "assign", departmentCode = "no-such-unit" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "assign", departmentCode = "government-services" });
        var again = await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "assign", departmentCode = "government-services" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
