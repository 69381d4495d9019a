using Jinning.ServiceDefaults;

namespace Jinning.Roster.Terms;

/// <summary>
/// What the calendar does to the roster without anyone acting: terms end and warn (R4), half-year
/// work falls due (D1). Runs on start (catching up on whatever happened while the service was
/// down), then just after each district midnight, and hourly as a safety net. All waiting goes
/// through <see cref="TimeProvider"/>, so tests move the clock instead of sleeping.
/// With several instances, each pass is one instance's (<see cref="RosterReview"/>).
/// </summary>
public sealed class RosterScheduler(IServiceScopeFactory scopes, TimeProvider time, RosterSchedulerStatus status,
    ILogger<RosterScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan SafetyInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                await using var scope = scopes.CreateAsyncScope();
                var ran = await scope.ServiceProvider.GetRequiredService<RosterReview>().RunAsync(stoppingToken);
                status.Completed(now, ran);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Roster review failed; retrying at the next tick");
            }

            try
            {
                await Task.Delay(UntilNextTick(time.GetUtcNow()), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Until one minute past the next district midnight, or an hour, whichever comes first.</summary>
    public static TimeSpan UntilNextTick(DateTimeOffset now)
    {
        var nextMidnight = DistrictClock.StartOf(DistrictClock.Today(now).AddDays(1)).AddMinutes(1);
        var untilMidnight = nextMidnight - now;
        return untilMidnight < SafetyInterval ? untilMidnight : SafetyInterval;
    }
}
