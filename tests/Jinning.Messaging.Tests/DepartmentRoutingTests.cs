using System.Text;
using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Messaging.Topology;
using Jinning.Testing;
using MassTransit;
using RabbitMQ.Client;

namespace Jinning.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class DepartmentRoutingTests(MessagingFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task IssueTransferred_ReachesOnlyTheDepartmentBoundToItsCode_AndPlatformConsumersGetAll()
    {
        await using var host = await MessagingTestHost.StartAsync(fixture, "routing", "routing");

        // A department system, in any language, binds its own code on the topic exchange.
        var factory = new ConnectionFactory { Uri = new Uri(fixture.Broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(DepartmentRouting.IssueTransferredExchange, ExchangeType.Topic, durable: true);
        var queue = (await channel.QueueDeclareAsync("dept.market-regulation.test", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, DepartmentRouting.IssueTransferredExchange, "market-regulation");

        var ours = Transferred("market-regulation");
        await host.InScopeAsync(async (db, outbox) =>
        {
            outbox.Publish(Transferred("taxation"));
            outbox.Publish(ours);
            await db.SaveChangesAsync();
        });

        await Eventually.WaitForAsync(() => Task.FromResult(host.Deliveries.TransferredDepartments.Count), count => count >= 2, Patience, "the platform consumer");
        Assert.Equal(["market-regulation", "taxation"], host.Deliveries.TransferredDepartments.Order());

        var delivered = await channel.BasicGetAsync(queue, autoAck: true);
        Assert.NotNull(delivered);
        Assert.Equal("market-regulation", delivered.RoutingKey);
        var body = Encoding.UTF8.GetString(delivered.Body.Span);
        using var envelope = JsonDocument.Parse(body);
        var message = envelope.RootElement.GetProperty("message");
        Assert.Equal(ours.IssueId, message.GetProperty("issueId").GetGuid());
        Assert.Equal("market-regulation", message.GetProperty("departmentCode").GetString());
        Assert.DoesNotContain("reporter", body, StringComparison.OrdinalIgnoreCase);

        Assert.Null(await channel.BasicGetAsync(queue, autoAck: true));
    }

    private static IssueTransferred Transferred(string department) => new()
    {
        IssueId = NewId.NextGuid(),
        TrackingNumber = "WT-20261126-0001",
        Kind = "transfer",
        DepartmentCode = department,
        Category = "window-service",
        Major = false,
        Title = "窗口服务",
        Description = "描述",
        Place = "晋宁",
        Deadline = DateTimeOffset.UtcNow.AddDays(5),
        Instructions = "请按时办理",
        OccurredAt = DateTimeOffset.UtcNow,
    };
}
