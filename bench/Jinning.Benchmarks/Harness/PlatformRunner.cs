using Jinning.Benchmarks.Scenarios;

namespace Jinning.Benchmarks.Harness;

/// <summary>
/// <c>bench/run.sh</c>'s console runner: starts the system, runs each scenario in turn, stops it (which is itself
/// scenario 8), prints one table and writes the JSON. A scenario that fails is a row saying so, not a lost run.
/// </summary>
public static class PlatformRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var resultsDirectory = args.SkipWhile(a => a != "--results").Skip(1).FirstOrDefault() ?? Path.Combine("bench", "results");
        var startedUtc = DateTime.UtcNow;
        var profile = new Dictionary<string, string>();
        Console.WriteLine($"Starting the system ({(options.Quick ? "quick" : "full")} run)...");
        var startup = System.Diagnostics.Stopwatch.StartNew();
        await using var platform = await BenchPlatform.StartAsync(TimeSpan.FromMinutes(10));
        profile["startupSeconds"] = $"{startup.Elapsed.TotalSeconds:0}";
        // bench/run.sh runs from the repository root: the services' command lines name it, PostgreSQL's the data folder.
        var cpu = new ProcessCpu(Directory.GetCurrentDirectory().TrimEnd('/') + "/", platform.DataDirectory);
        profile["systemProcesses"] = cpu.Processes().Count.ToString();
        var idle = cpu.Read();
        await Task.Delay(TimeSpan.FromSeconds(5));
        profile["idleSystemCpuPercent"] = $"{(cpu.Read() - idle).Milliseconds / 5000 * 100:0}";

        var rows = new List<ResultRow>();
        await RunAsync(rows, "2 intake", () => IssueIntake.RunAsync(platform, options, cpu));
        await RunAsync(rows, "1 gateway vs direct", () => GatewayVsDirect.RunAsync(platform, options, cpu));
        await RunAsync(rows, "3 dispatch", () => DispatchToDepartment.RunAsync(platform, options));
        rows.AddRange(NotMeasuredYet.Rows());
        await RunAsync(rows, "8 stop", () => Shutdown.RunAsync(platform, cpu));
        if (await DiskCommits.MeasureAsync(platform.DataDirectory, options.Quick ? 1 : 3) is { } commits)
        {
            profile["diskFdatasyncPerSecond"] = commits;
            Console.WriteLine($"This disk: {commits} fdatasync/s (pg_test_fsync, one 8 kB write)");
        }

        var ordered = rows.OrderBy(row => row.Scenario, StringComparer.Ordinal).ToList();
        Console.WriteLine();
        Console.WriteLine(ResultReport.Table(ordered));
        var path = await ResultReport.WriteJsonAsync(resultsDirectory, startedUtc, options, ordered, profile);
        Console.WriteLine($"Written to {path}");
        return 0;
    }

    private static async Task RunAsync(List<ResultRow> rows, string name, Func<Task<IReadOnlyList<ResultRow>>> scenario)
    {
        Console.WriteLine($"Running {name}...");
        try
        {
            var result = await scenario();
            rows.AddRange(result);
            foreach (var row in result)
            {
                Console.WriteLine($"  {row.Figure}");
            }
        }
        catch (Exception exception)
        {
            Console.Error.WriteLine($"{name} failed: {exception}");
            rows.Add(new ResultRow(name, "failed: " + exception.GetType().Name, exception.Message.Split('\n')[0], "", false));
        }
    }
}
