using System.Diagnostics;

namespace Jinning.Testing;

/// <summary>Signals a process this test started and every process below it (a server run by a script).</summary>
internal static class ProcessSignals
{
    public static void SendToTree(int rootId, string signal)
    {
        var ids = Descendants(rootId).Prepend(rootId).Select(id => id.ToString()).ToArray();
        using var kill = Process.Start("kill", [$"-{signal}", .. ids]);
        kill?.WaitForExit();
    }

    private static List<int> Descendants(int rootId)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id) || ParentOf(directory) is not { } parent)
            {
                continue;
            }
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }
            list.Add(id);
        }
        var found = new List<int>();
        var pending = new Queue<int>([rootId]);
        while (pending.TryDequeue(out var id))
        {
            foreach (var child in children.GetValueOrDefault(id) ?? [])
            {
                found.Add(child);
                pending.Enqueue(child);
            }
        }
        return found;
    }

    /// <summary>The fourth field of /proc/PID/stat, read after the command name (which may hold spaces).</summary>
    private static int? ParentOf(string directory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null; // the process ended while we looked
        }
    }
}
