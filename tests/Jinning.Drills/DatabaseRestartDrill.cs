using System.Diagnostics;
using System.Net;
using Aspire.Hosting.ApplicationModel;
using Xunit.Abstractions;

namespace Jinning.Drills;

/// <summary>Drill 3: PostgreSQL restarted under load; every service is healthy again within 30 s without restarting.</summary>
[Collection(DrillCollection.Name)]
public sealed class DatabaseRestartDrill(DrillPlatformFixture platform, ITestOutputHelper output)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);
    private static readonly string[] Instances =
        [.. new[] { "identity", "roster", "ticketing", "notification", "reporting", "web" }
            .SelectMany(service => Enumerable.Range(1, DrillPlatformFixture.Replicas).Select(i => i == 1 ? service : $"{service}-{i}"))];

    [Fact]
    public async Task PostgresRestartedUnderLoad_EveryServiceRecoversWithoutRestarting()
    {
        using var ready = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await platform.WaitForEveryInstanceAsync(ready.Token);
        var office = await platform.Accounts.TokenAsync("office");
        var processes = Instances.ToDictionary(name => name, platform.ProcessIdOf);
        using var stopLoad = new CancellationTokenSource();
        var requests = 0;
        var load = Task.Run(async () =>
        {
            while (!stopLoad.IsCancellationRequested)
            {
                try
                {
                    using var _ = await platform.Accounts.SendAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=5", office);
                    Interlocked.Increment(ref requests);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                }
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(Drill.Pick(2, 10)));
        // PostgreSQL's fast shutdown (SIGINT to the postmaster), then the orchestrator starts it again on the same data and port.
        ProcessTree.Signal(ProcessTree.Find(platform.ProcessIdOf("postgres"), "postgres"), "INT");
        var restartedAt = Stopwatch.StartNew();
        await platform.WaitForStoppedAsync("postgres", TimeSpan.FromSeconds(30));
        var start = await platform.App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync("postgres", KnownResourceCommands.StartCommand);
        Assert.True(start.Success, start.Message);
        var healthy = false;
        while (restartedAt.Elapsed < Recovery && !healthy)
        {
            using var response = await platform.Gateway.GetAsync("/health");
            healthy = response.StatusCode == HttpStatusCode.OK && await EveryInstanceHealthyAsync();
            if (!healthy)
            {
                await Task.Delay(500);
            }
        }
        var recoveredIn = restartedAt.Elapsed;
        await stopLoad.CancelAsync();
        await load;

        var restartedProcesses = Instances.Where(name => platform.ProcessIdOf(name) != processes[name]).ToList();
        output.WriteLine(Drill.Report("3 database restarted", $"PostgreSQL restarted under {requests} reads through the gateway",
            "every service healthy within 30 s, no process restarted",
            $"{(healthy ? $"healthy after {recoveredIn.TotalSeconds:0.0} s" : "not healthy within 30 s")}; restarted: "
            + (restartedProcesses.Count == 0 ? "none" : string.Join(", ", restartedProcesses)),
            healthy && restartedProcesses.Count == 0));
        Assert.True(healthy, "every service should be healthy again within 30 s");
        Assert.Empty(restartedProcesses);
    }

    /// <summary>Each instance's own <c>/health</c>, not the gateway's view of one of them.</summary>
    private async Task<bool> EveryInstanceHealthyAsync()
    {
        foreach (var instance in Instances)
        {
            using var client = platform.App.CreateHttpClient(instance, "http");
            client.Timeout = TimeSpan.FromSeconds(5);
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return false;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }
        return true;
    }
}
