using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Jinning.Benchmarks.Harness;

/// <summary>
/// Commits per second this disk allows: PostgreSQL's own pg_test_fsync on the benchmark's data folder, the
/// single-8kB-write figure of the method PostgreSQL uses here (fdatasync). Each commit of each service waits for one.
/// </summary>
public static partial class DiskCommits
{
    public static async Task<string?> MeasureAsync(string directory, int secondsPerTest)
    {
        var tool = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_test_fsync"))
                .FirstOrDefault(File.Exists)
            : null;
        if (tool is null)
        {
            return null;
        }
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo(tool, ["-s", secondsPerTest.ToString(), "-f", Path.Combine(directory, "pg_test_fsync.out")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // The first section is "Compare file sync methods using one 8kB write"; its fdatasync line is what commits pay.
        var match = FdatasyncLine().Match(output);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*fdatasync\s+([\d.,]+) ops/sec", RegexOptions.Multiline)]
    private static partial Regex FdatasyncLine();
}
