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
            var started = time.GetUtcNow();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var ran = await scope.ServiceProvider.GetRequiredService<RosterReview>().RunAsync(stoppingToken);
                status.Completed(started, ran);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Roster review failed; retrying at the next tick");
            }

            try
            {
                // The next pass is due relative to when this one started: if the clock moved on while it ran (or jumped,
                // as the tests' clocks do), the pass that fell due in between runs at once instead of a whole wait later.
                var wait = started + UntilNextTick(started) - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
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
