namespace Jinning.Benchmarks.Harness;

/// <summary>
/// CPU time of the system under test, read from /proc: every process descending from this one (the AppHost runs
/// in-process, DCP under it, the services, PostgreSQL and RabbitMQ under DCP). The benchmark's own CPU is left out.
/// </summary>
public sealed class ProcessCpu
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
        var self = Environment.ProcessId;
        var ticks = Descendants(self).Sum(pid => CpuTicks(pid));
        return new Sample(ticks * 1000 / TicksPerSecond);
    }

    /// <summary>Every live process below <paramref name="root"/>, not including it.</summary>
    public static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Stat(pid) is { } fields)
            {
                parents[pid] = int.Parse(fields[1]);
            }
        }
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
