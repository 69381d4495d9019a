using System.Diagnostics.Metrics;

namespace Jinning.Identity.Operations;

/// <summary>
/// <c>jinning.broker.error_queue.messages</c>, one measurement per <c>_error</c> queue (tag <c>queue</c>), from
/// the figures <see cref="ErrorQueueRefresher"/> last read from the management API: a scrape never calls the broker.
/// </summary>
public sealed class ErrorQueueGauge
{
    public const string MeterName = "Jinning.Identity";
    public const string InstrumentName = "jinning.broker.error_queue.messages";
    private volatile IReadOnlyList<BrokerManagementApi.QueueDepth> _depths = [];

    public ErrorQueueGauge(IMeterFactory meters)
    {
        meters.Create(MeterName).CreateObservableGauge(InstrumentName, Measure, unit: "{message}",
            description: "Messages waiting in each _error queue of the broker (poison messages for an operator to look at)");
    }

    public DateTimeOffset? ReadAt { get; private set; }

    public void Update(IReadOnlyList<BrokerManagementApi.QueueDepth> depths, DateTimeOffset at)
    {
        _depths = depths;
        ReadAt = at;
    }

    private IEnumerable<Measurement<long>> Measure() =>
        _depths.Select(d => new Measurement<long>(d.Messages, new KeyValuePair<string, object?>("queue", d.Name)));
}

/// <summary>Reads the error queues' depths every <c>Operations:ErrorQueueRefresh</c> (15 s by default).</summary>
public sealed partial class ErrorQueueRefresher(
    ErrorQueues errorQueues, ErrorQueueGauge gauge, TimeProvider time, IConfiguration configuration, ILogger<ErrorQueueRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!errorQueues.Configured)
        {
            return;
        }
        var interval = configuration.GetValue("Operations:ErrorQueueRefresh", TimeSpan.FromSeconds(15));
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                gauge.Update(await errorQueues.CountsAsync(stoppingToken), time.GetUtcNow());
            }
            catch (Exception exception)
                when (exception is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                // The broker's own health check reports the outage; keep the last figures.
                LogUnreadable(logger, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Error queue depths could not be read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
