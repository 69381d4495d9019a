using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Jinning.Benchmarks.Harness;
using Jinning.Contracts.AsyncApi;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Jinning.Benchmarks.Scenarios;

/// <summary>
/// Scenario 3: the office dispatches issues to a department at a steady rate; a department system (a RabbitMQ
/// consumer signed in with the department's own broker account, bound to the contract exchange) receives each.
/// The figure is from the dispatch request's start to the message's arrival; beside it, the request's own time.
/// </summary>
public static class DispatchToDepartment
{
    private const string Department = "market-regulation";

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchPlatform platform, BenchOptions options)
    {
        var office = await platform.TokenAsync("office");
        var issues = new List<Guid>();
        for (var n = 0; n < options.DispatchCount; n++)
        {
            var issue = await BenchPlatform.SendOkAsync(platform.Gateway, HttpMethod.Post, "/api/ticketing/issues", office,
                IssueIntake.NewIssue(n));
            issues.Add(issue.GetProperty("id").GetGuid());
        }

        var factory = new ConnectionFactory { Uri = new Uri(platform.BrokerUri($"dept.{Department}", BenchPlatform.DevelopmentPassword)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync($"dept.{Department}.bench-{Guid.NewGuid():N}", durable: false, exclusive: true,
            autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, DepartmentContract.IssueTransferredExchange, Department);
        var clock = Stopwatch.StartNew();
        var arrivals = new ConcurrentDictionary<Guid, TimeSpan>();
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivered) =>
        {
            var at = clock.Elapsed;
            using var body = JsonDocument.Parse(delivered.Body);
            arrivals.TryAdd(body.RootElement.GetProperty("message").GetProperty("issueId").GetGuid(), at);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);

        var sent = new ConcurrentDictionary<Guid, TimeSpan>();
        var requestTimes = new Latencies();
        var interval = TimeSpan.FromSeconds(1 / options.DispatchPerSecond);
        var requests = new List<Task>();
        for (var i = 0; i < issues.Count; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var id = issues[i];
            requests.Add(Task.Run(async () =>
            {
                var started = clock.Elapsed;
                sent[id] = started;
                await BenchPlatform.SendOkAsync(platform.Gateway, HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office,
                    new { kind = "transfer", departmentCode = Department, instructions = "请核查。" });
                requestTimes.Add((clock.Elapsed - started).TotalMilliseconds);
            }));
        }
        await Task.WhenAll(requests);
        var waitUntil = clock.Elapsed + TimeSpan.FromSeconds(30);
        while (arrivals.Count < issues.Count && clock.Elapsed < waitUntil)
        {
            await Task.Delay(100);
        }

        var toSubscriber = new Latencies();
        foreach (var (id, at) in arrivals)
        {
            if (sent.TryGetValue(id, out var start))
            {
                toSubscriber.Add((at - start).TotalMilliseconds);
            }
        }
        var p99 = toSubscriber.Percentile(99);
        return
        [
            new ResultRow($"3 dispatch → department subscriber, {options.DispatchPerSecond:0}/s",
                $"{toSubscriber.Summary()} ({toSubscriber.Count}/{issues.Count} arrived)",
                $"dispatch request alone {requestTimes.Summary()}",
                "p99 ≤ 50 ms", toSubscriber.Count == issues.Count && p99 <= 50),
        ];
    }
}
