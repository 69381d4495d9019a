using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Jinning.Contracts.AsyncApi;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Jinning.Drills;

/// <summary>Drill 1: the broker frozen (SIGSTOP) while the office dispatches issues; a department system receives each once.</summary>
[Collection(DrillCollection.Name)]
public sealed class BrokerPauseDrill(DrillPlatformFixture platform, ITestOutputHelper output)
{
    private const string Department = "market-regulation";

    [Fact]
    public async Task BrokerPausedDuringDispatches_DepartmentReceivesEachOnce()
    {
        using var ready = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await platform.WaitForEveryInstanceAsync(ready.Token);
        var total = Drill.Pick(30, 200);
        var pause = TimeSpan.FromSeconds(Drill.Pick(8, 30));
        var office = await platform.Accounts.TokenAsync("office");
        var issues = new List<Guid>();
        for (var i = 0; i < total; i++)
        {
            issues.Add((await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
            {
                title = $"演练：证照办理反复补材料 {i} {Guid.NewGuid():N}", description = "演练中批量交办的问题，企业多次反映。",
                category = "window-service", channel = "hotline", source = "hotline", contactName = "王先生", contactPhone = "13800000000",
            })).GetProperty("id").GetGuid());
        }
        var factory = new ConnectionFactory
        {
            Uri = new Uri(await platform.BrokerAmqpUriAsync($"dept.{Department}", Accounts.DevelopmentPassword)),
            AutomaticRecoveryEnabled = true,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // Durable and not exclusive: a connection the frozen broker drops must not take the queue and its messages with it.
        var queue = $"dept.{Department}.drill-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, DepartmentContract.IssueTransferredExchange, Department);
        var broker = ProcessTree.Find(platform.ProcessIdOf("broker-server"), "beam.smp");

        var next = -1;
        var paused = Task.CompletedTask;
        var failedDispatches = new ConcurrentQueue<string>();
        async Task DispatchAsync()
        {
            while (Interlocked.Increment(ref next) is var index && index < issues.Count)
            {
                if (index == total / 4)
                {
                    paused = PauseAsync(broker, pause);
                }
                var response = await platform.Accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{issues[index]}/dispatch", office,
                    new { kind = "transfer", departmentCode = Department, instructions = "演练交办，请核查。" });
                if (!response.IsSuccessStatusCode)
                {
                    failedDispatches.Enqueue($"{(int)response.StatusCode}");
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(DispatchAsync)));
        await paused;

        var received = new List<Guid>();
        var quietSince = DateTime.UtcNow;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        // Read until every issue arrived and nothing more came for a few seconds (a duplicate would come late).
        while (DateTime.UtcNow < deadline && (received.Distinct().Count() < issues.Count || DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(5)))
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } delivered)
            {
                var body = JsonNode.Parse(delivered.Body.Span)!;
                received.Add(body["message"]!["issueId"]!.GetValue<Guid>());
                quietSince = DateTime.UtcNow;
            }
            else
            {
                await Task.Delay(100);
            }
        }
        await channel.QueueDeleteAsync(queue);

        var counts = issues.ToDictionary(id => id, id => received.Count(r => r == id));
        var missing = counts.Count(pair => pair.Value == 0);
        var duplicated = counts.Count(pair => pair.Value > 1);
        var pass = failedDispatches.IsEmpty && missing == 0 && duplicated == 0;
        output.WriteLine(Drill.Report("1 broker paused", $"{total} dispatches, broker SIGSTOPped {pause.TotalSeconds:0} s after {total / 4}",
            "department receives each exactly once", $"{received.Count} received: {missing} missing, {duplicated} twice or more; "
            + $"{failedDispatches.Count} dispatches refused", pass));
        Assert.Empty(failedDispatches);
        Assert.Equal(0, missing);
        Assert.Equal(0, duplicated);
    }

    private static async Task PauseAsync(int pid, TimeSpan pause)
    {
        ProcessTree.Signal(pid, "STOP");
        try
        {
            await Task.Delay(pause);
        }
        finally
        {
            ProcessTree.Signal(pid, "CONT");
        }
    }
}
