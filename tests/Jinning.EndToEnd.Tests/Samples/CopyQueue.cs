using System.Text;
using Jinning.Contracts.AsyncApi;
using RabbitMQ.Client;

namespace Jinning.EndToEnd.Tests.Samples;

/// <summary>
/// A second queue of the department's, bound like the sample's, that keeps a copy of each message, so a test can send
/// the sample the very same message again (same messageId), as the broker does after a lost acknowledgement.
/// </summary>
internal sealed class CopyQueue(PlatformFixture platform, IConnection connection, IChannel channel, string queue) : IAsyncDisposable
{
    public static async Task<CopyQueue> OpenAsync(PlatformFixture platform, string department)
    {
        var factory = new ConnectionFactory { Uri = new Uri(await platform.BrokerAmqpUriAsync($"dept.{department}", Accounts.DevelopmentPassword)) };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync($"dept.{department}.copy-{Guid.NewGuid():N}", durable: false, exclusive: true,
            autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, DepartmentContract.IssueTransferredExchange, department);
        return new CopyQueue(platform, connection, channel, queue);
    }

    public async Task<byte[]> TakeAsync(string trackingNumber)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } delivered)
            {
                var body = delivered.Body.ToArray();
                if (Encoding.UTF8.GetString(body).Contains(trackingNumber)) return body;
                continue;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{trackingNumber} did not reach {queue}.");
    }

    /// <summary>Departments may not publish; the platform's own broker account puts the copy straight into the sample's queue.</summary>
    public async Task RedeliverAsync(byte[] body, string sampleQueue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(await platform.PlatformBrokerUriAsync()) };
        await using var platformConnection = await factory.CreateConnectionAsync();
        await using var platformChannel = await platformConnection.CreateChannelAsync();
        await platformChannel.BasicPublishAsync("", sampleQueue, true, new BasicProperties { ContentType = "application/vnd.masstransit+json" },
            body);
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
