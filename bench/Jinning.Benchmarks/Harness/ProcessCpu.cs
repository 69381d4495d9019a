namespace Jinning.Benchmarks.Harness;

/// <summary>
/// CPU time of the system under test, read from /proc: the processes whose command line names this worktree or the
/// benchmark's data folder (services, PostgreSQL, RabbitMQ), their ancestors up to this process (DCP, which detaches
/// from the AppHost) and everything below them. The benchmark's own CPU is left out.
/// </summary>
public sealed class ProcessCpu(params string[] markers)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public readonly record struct Sample(double Milliseconds)
    {
        public static Sample operator -(Sample a, Sample b) => new(a.Milliseconds - b.Milliseconds);
    }

    public Sample Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return new Sample(0);
        }
        var ticks = Processes().Sum(pid => CpuTicks(pid));
        return new Sample(ticks * 1000 / TicksPerSecond);
    }

    public List<int> Processes()
    {
        var parents = Parents();
        var excluded = new HashSet<int> { 0, 1 };
        for (var pid = Environment.ProcessId; pid > 1 && excluded.Add(pid); pid = parents.GetValueOrDefault(pid))
        {
        }
        var found = new HashSet<int>();
        foreach (var pid in parents.Keys.Where(pid => !excluded.Contains(pid) && Mentions(pid, markers)))
        {
            for (var ancestor = pid; !excluded.Contains(ancestor) && parents.ContainsKey(ancestor); ancestor = parents[ancestor])
            {
                found.Add(ancestor);
            }
        }
        foreach (var root in found.ToList())
        {
            found.UnionWith(Descendants(root, parents));
        }
        found.ExceptWith(excluded);
        return [.. found];
    }

    private static bool Mentions(int pid, IReadOnlyList<string> markers)
    {
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return markers.Any(marker => commandLine.Contains(marker, StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Dictionary<int, int> Parents()
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Stat(pid) is { } fields)
            {
                parents[pid] = int.Parse(fields[1]);
            }
        }
        return parents;
    }

    private static List<int> Descendants(int root, Dictionary<int, int> parents)
    {
        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (child, _) in parents.Where(entry => entry.Value == parent))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }
        return found;
    }

    private static long CpuTicks(int pid) =>
        Stat(pid) is { } fields ? long.Parse(fields[11]) + long.Parse(fields[12]) : 0; // utime, stime

    /// <summary>The fields of /proc/pid/stat after the command name (state is [0], ppid [1], utime [11], stime [12]).</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
