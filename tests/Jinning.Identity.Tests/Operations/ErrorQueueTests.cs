using System.Diagnostics.Metrics;
using Jinning.Identity.Operations;
using Jinning.Testing;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Identity.Tests.Operations;

public sealed class OperationsInfrastructure : InfrastructureFixture;

public sealed class ErrorQueueTests(OperationsInfrastructure infrastructure) : IClassFixture<OperationsInfrastructure>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task PoisonMessage_IsListedAndCounted_ThenMovedBackAfterTheFix_AndAppliedOnce()
    {
        await using var host = await PoisonHost.StartAsync(infrastructure, "opstest");
        var errorQueues = host.Services.GetRequiredService<ErrorQueues>();
        using var gauge = new GaugeListener(ErrorQueueGauge.InstrumentName);
        var reading = new GaugeReading { ReadingId = Guid.NewGuid() };

        await host.Services.GetRequiredService<IBus>().Publish(reading);

        // After MassTransit's in-process retries the message lands in the endpoint's _error queue.
        var listed = await Eventually.WaitForAsync(
            async () => ((Ok<OperationsApi.ErrorQueueList>)(await OperationsApi.List(errorQueues, CancellationToken.None)).Result).Value!,
            list => list.Queues.Any(q => q.Queue == host.ErrorQueue && q.Count == 1), Patience, "the poison message in _error");
        var queue = listed.Queues.Single(q => q.Queue == host.ErrorQueue);
        Assert.Equal(host.Queue, queue.OriginalQueue);
        var poison = Assert.Single(queue.Messages);
        Assert.NotNull(poison.MessageId);
        Assert.Contains(nameof(GaugeReading), poison.MessageType);
        Assert.Equal("The reading's gauge is unknown.", poison.FaultReason);
        Assert.Contains(nameof(InvalidOperationException), poison.ExceptionType);
        Assert.NotNull(poison.FaultedAt);
        Assert.Equal(0, await host.AppliedCountAsync(reading.ReadingId));
        await Eventually.WaitForAsync(() => Task.FromResult(gauge.Read(host.ErrorQueue)), n => n == 1, Patience, "the gauge at 1");

        host.Fault.Broken = false;
        var attemptsBefore = host.Fault.Attempts;
        var moved = await OperationsApi.RetryOne(host.ErrorQueue, poison.MessageId!, errorQueues, CancellationToken.None);

        Assert.Equal(1, ((Ok<ErrorQueues.MoveResult>)moved.Result).Value!.Moved);
        await Eventually.WaitForAsync(() => host.AppliedCountAsync(reading.ReadingId), n => n == 1, Patience, "the reading applied");
        await Eventually.WaitForAsync(() => Task.FromResult(gauge.Read(host.ErrorQueue)), n => n == 0, Patience, "the gauge back at 0");
        Assert.Equal(attemptsBefore + 1, host.Fault.Attempts);
        Assert.Equal(1, await host.AppliedCountAsync(reading.ReadingId));
    }

    [Fact]
    public async Task MoveAll_SendsEveryMessageBack_AndTheInboxAppliesAMessageSeenTwiceOnce()
    {
        await using var host = await PoisonHost.StartAsync(infrastructure, "opsall");
        var errorQueues = host.Services.GetRequiredService<ErrorQueues>();
        var bus = host.Services.GetRequiredService<IBus>();
        var readings = Enumerable.Range(0, 3).Select(_ => new GaugeReading { ReadingId = Guid.NewGuid() }).ToList();
        var twice = Guid.NewGuid();
        foreach (var reading in readings)
        {
            await bus.Publish(reading);
        }
        // The same message (one message id) delivered twice, as after a redelivery: both copies end in _error.
        await bus.Publish(readings[0], context => context.MessageId = twice);
        await bus.Publish(readings[0], context => context.MessageId = twice);
        await Eventually.WaitForAsync(async () => (await errorQueues.CountsAsync(CancellationToken.None))
            .SingleOrDefault(q => q.Name == host.ErrorQueue)?.Messages ?? 0, n => n == 5, Patience, "five messages in _error");

        host.Fault.Broken = false;
        var receivedBefore = host.Received;
        var moved = await OperationsApi.RetryAll(host.ErrorQueue, errorQueues, CancellationToken.None);

        Assert.Equal(5, ((Ok<ErrorQueues.MoveResult>)moved.Result).Value!.Moved);
        await Eventually.WaitForAsync(async () => await host.AppliedCountAsync(readings[1].ReadingId)
            + await host.AppliedCountAsync(readings[2].ReadingId), n => n == 2, Patience, "the other readings applied");
        // readings[0] went out under two message ids (its own and "twice"): two applications, never three.
        await Eventually.WaitForAsync(() => host.AppliedCountAsync(readings[0].ReadingId), n => n == 2, Patience, "reading 0 applied");
        await Eventually.WaitForAsync(() => Task.FromResult(host.Received), n => n >= receivedBefore + 5, Patience, "all five received");
        Assert.Equal(2, await host.AppliedCountAsync(readings[0].ReadingId));
        // The management API's figures lag by its statistics interval (5 s).
        await Eventually.WaitForAsync(async () => (await errorQueues.CountsAsync(CancellationToken.None))
            .Single(q => q.Name == host.ErrorQueue).Messages, n => n == 0, Patience, "the error queue empty");
    }

    [Fact]
    public async Task UnknownQueueOrMessage_AnswersNotFound()
    {
        await using var host = await PoisonHost.StartAsync(infrastructure, "opsnone");
        var errorQueues = host.Services.GetRequiredService<ErrorQueues>();

        var notAnErrorQueue = await OperationsApi.RetryAll(host.Queue, errorQueues, CancellationToken.None);
        var missingMessage = await OperationsApi.RetryOne(host.ErrorQueue, Guid.NewGuid().ToString(), errorQueues, CancellationToken.None);

        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(notAnErrorQueue.Result).StatusCode);
        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(missingMessage.Result).StatusCode);
    }
}

/// <summary>Reads an observable gauge the way an exporter does, through a <see cref="MeterListener"/>.</summary>
public sealed class GaugeListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, long> _values = [];

    public GaugeListener(string instrument)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "queue")
                {
                    _values[(string)tag.Value!] = value;
                }
            }
        });
        _listener.Start();
    }

    public long Read(string queue)
    {
        lock (_values)
        {
            _values.Clear();
            _listener.RecordObservableInstruments();
            return _values.GetValueOrDefault(queue);
        }
    }

    public void Dispose() => _listener.Dispose();
}
