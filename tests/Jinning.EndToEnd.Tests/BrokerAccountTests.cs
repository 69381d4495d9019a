using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Jinning.EndToEnd.Tests;

/// <summary>Department systems read the broker with their own accounts, confined to their own issues (T9).</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrokerAccountTests(PlatformFixture platform)
{
    private const string Exchange = "Jinning.Contracts.V1:IssueTransferred";

    [Fact]
    public async Task DepartmentAccount_BindsItsOwnRoutingKey_ButIsRefusedAnotherDepartments()
    {
        var factory = new ConnectionFactory { Uri = new Uri(await platform.BrokerAmqpUriAsync("dept.market-regulation", Accounts.DevelopmentPassword)) };
        await using var connection = await factory.CreateConnectionAsync();

        await using (var own = await connection.CreateChannelAsync())
        {
            var queue = (await own.QueueDeclareAsync("dept.market-regulation.e2e", durable: false, exclusive: true, autoDelete: true)).QueueName;
            await own.QueueBindAsync(queue, Exchange, "market-regulation");
        }

        await using var other = await connection.CreateChannelAsync();
        var otherQueue = (await other.QueueDeclareAsync("dept.market-regulation.e2e-other", durable: false, exclusive: true, autoDelete: true)).QueueName;
        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() => other.QueueBindAsync(otherQueue, Exchange, "taxation"));
        Assert.Equal((ushort)403, refused.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task DepartmentAccount_CannotDeclareQueuesOutsideItsOwnPrefix()
    {
        var factory = new ConnectionFactory { Uri = new Uri(await platform.BrokerAmqpUriAsync("dept.taxation", Accounts.DevelopmentPassword)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(
            () => channel.QueueDeclareAsync("dept.market-regulation.spy", durable: false, exclusive: true, autoDelete: true));
        Assert.Equal((ushort)403, refused.ShutdownReason?.ReplyCode);
    }
}
