namespace Jinning.Drills;

/// <summary>Processes under a resource's own (the orchestrator starts the broker through a script; the server is its child).</summary>
public static class ProcessTree
{
    public static IEnumerable<int> Descendants(int pid)
    {
        var children = $"/proc/{pid}/task/{pid}/children";
        if (!File.Exists(children))
        {
            yield break;
        }
        foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            yield return child;
            foreach (var grandchild in Descendants(child))
            {
                yield return grandchild;
            }
        }
    }

    public static string NameOf(int pid) => File.Exists($"/proc/{pid}/comm") ? File.ReadAllText($"/proc/{pid}/comm").Trim() : "";

    /// <summary>The first process named <paramref name="name"/> at or under <paramref name="pid"/>.</summary>
    public static int Find(int pid, string name) =>
        new[] { pid }.Concat(Descendants(pid)).FirstOrDefault(p => NameOf(p) == name) is var found and > 0
            ? found
            : throw new InvalidOperationException($"No {name} process under {pid}.");

    /// <summary>
    /// SIGKILL to a resource's process and everything under it (a project runs as <c>dotnet run</c> with the service as its child):
    /// the service first, so nothing of it survives its wrapper.
    /// </summary>
    public static void KillTree(int pid)
    {
        foreach (var process in Descendants(pid).Reverse().Append(pid).ToList())
        {
            try
            {
                Signal(process, "KILL");
            }
            catch (InvalidOperationException)
            {
                // Already gone: the wrapper ends by itself once its child is killed.
            }
        }
    }

    /// <summary>SIGSTOP or SIGCONT: the process freezes or resumes, its sockets stay open.</summary>
    public static void Signal(int pid, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {pid} failed");
        }
    }
}
