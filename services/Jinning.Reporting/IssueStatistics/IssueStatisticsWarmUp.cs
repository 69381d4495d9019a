using Jinning.Reporting.Data;

namespace Jinning.Reporting.IssueStatistics;

/// <summary>Loads the statistics index once at start, so the office's first query does not pay for a million facts.</summary>
public sealed class IssueStatisticsWarmUp(IServiceScopeFactory scopes, IssueStatisticsIndex index, ILogger<IssueStatisticsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            var (_, total) = await index.SummarizeAsync(db, SummaryGrouping.All, null, null, stoppingToken);
            logger.LogInformation("Statistics index loaded with {Count} issues", total.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not fatal: the first query loads what this could not.
            logger.LogWarning(exception, "Could not warm the statistics index up");
        }
    }
}
