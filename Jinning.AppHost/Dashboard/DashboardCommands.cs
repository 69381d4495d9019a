using System.Diagnostics;
using System.Text.Json;
using Jinning.AppHost.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Jinning.AppHost.Dashboard;

/// <summary>The operator's buttons on the dashboard: rebuild the read models, move poison messages back, load the demo data.</summary>
public static class DashboardCommands
{
    /// <summary>POST <c>/api/reports/rebuild</c>: reporting replays every recorded event into fresh read models.</summary>
    public static IResourceBuilder<ProjectResource> WithRebuildCommand(
        this IResourceBuilder<ProjectResource> reporting, OfficeCaller office) =>
        reporting.WithCommand("rebuild-read-models", "重建统计 Rebuild read models",
            context => office.RunAsync(HttpMethod.Post, "/api/reports/rebuild", context.CancellationToken),
            new CommandOptions
            {
                Description = "Replays every event reporting recorded into fresh read models (POST /api/reports/rebuild as office).",
                ConfirmationMessage = "Rebuild all reporting read models from the recorded events?",
                IconName = "ArrowSync",
                UpdateState = WhenRunning,
            });

    /// <summary>Moves every message of every non-empty <c>_error</c> queue back to its own queue (identity's operations area).</summary>
    public static IResourceBuilder<ProjectResource> WithRetryErrorQueuesCommand(this IResourceBuilder<ProjectResource> identity,
        OfficeCaller office) =>
        identity.WithCommand("retry-error-queues", "死信重试 Move _error messages back", async context =>
            {
                using var listed = await office.SendAsync(HttpMethod.Get, "/api/operations/error-queues", context.CancellationToken);
                if (!listed.IsSuccessStatusCode)
                {
                    return CommandResults.Failure($"Listing the error queues answered {(int)listed.StatusCode}.");
                }
                var stream = await listed.Content.ReadAsStreamAsync(context.CancellationToken);
                var list = await JsonSerializer.DeserializeAsync<JsonElement>(stream,
                    cancellationToken: context.CancellationToken);
                var moved = new List<string>();
                foreach (var queue in list.GetProperty("queues").EnumerateArray().Where(q => q.GetProperty("count").GetInt64() > 0))
                {
                    var name = queue.GetProperty("queue").GetString()!;
                    var result = await office.RunAsync(HttpMethod.Post, $"/api/operations/error-queues/{Uri.EscapeDataString(name)}/retry",
                        context.CancellationToken);
                    moved.Add($"{name}: {(result.Success ? result.Message : result.Message ?? "failed")}");
                }
                return CommandResults.Success(moved.Count == 0 ? "No _error queue holds a message." : string.Join("; ", moved));
            },
            new CommandOptions
            {
                Description = "Moves every message in the broker's _error queues back to its own queue for another try.",
                ConfirmationMessage = "Move all messages of every _error queue back to their queues? Fix the cause first.",
                IconName = "ArrowRedo",
                UpdateState = WhenRunning,
            });

    /// <summary>
    /// Runs <c>tools/Jinning.DemoData</c> against the gateway, as <c>./run.sh --demo</c> does; it changes nothing in a
    /// system that is not empty.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithLoadDemoDataCommand(this IResourceBuilder<ProjectResource> gateway,
        IDistributedApplicationBuilder builder)
    {
        var root = LocalInfrastructure.RepositoryRoot(builder);
        var http = gateway.GetEndpoint("http");
        return gateway.WithCommand("load-demo-data", "演示数据 Load demo data", async context =>
            {
                var project = Path.Combine(root, "tools", "Jinning.DemoData", "Jinning.DemoData.csproj");
                var exit = await RunAsync(context.Logger, root, context.CancellationToken,
                    "run", "--project", project, "--", "--gateway", http.Url);
                return exit == 0 ? CommandResults.Success("Demo data loaded (see the gateway's console log).")
                    : CommandResults.Failure($"The demo loader ended with {exit}; see the gateway's console log.");
            },
            new CommandOptions
            {
                Description = "Fills an empty system with the Chinese demo data through the public API (tools/Jinning.DemoData).",
                ConfirmationMessage = "Load the demo data? It only loads into an empty system.",
                IconName = "DatabaseArrowUp",
                UpdateState = WhenRunning,
            });
    }

    private static ResourceCommandState WhenRunning(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.State?.Text == KnownResourceStates.Running ? ResourceCommandState.Enabled : ResourceCommandState.Disabled;

    private static async Task<int> RunAsync(
        ILogger logger, string directory, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) logger.LogInformation("{DemoData}", line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) logger.LogWarning("{DemoData}", line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return process.ExitCode;
    }
}
