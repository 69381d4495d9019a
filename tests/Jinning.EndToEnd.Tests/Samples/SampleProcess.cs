using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Jinning.EndToEnd.Tests.Samples;

/// <summary>One of the department client samples, run as its README says, with its output read line by line.</summary>
internal sealed class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly StringBuilder _all = new();

    private SampleProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string SamplesFolder => Path.Combine(RepositoryRoot(), "samples", "department-clients");

    /// <summary>Debian's python3, where python3-pika is installed (a pyenv or venv python may not have it).</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static SampleProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        return new SampleProcess(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start"));
    }

    /// <summary>The next line starting with <paramref name="prefix"/>; the whole output so far in the failure otherwise.</summary>
    public string WaitForLine(string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(200)) && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
            if (_process.HasExited && _lines.Count == 0)
            {
                break;
            }
        }
        throw new TimeoutException($"No line starting with {prefix}. Output:\n{Output}");
    }

    public string Output
    {
        get { lock (_all) return _all.ToString(); }
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_all) _all.AppendLine(line);
        _lines.Add(line);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jinning.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Jinning.sln not found above the tests");
    }
}
