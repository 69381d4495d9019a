namespace Jinning.DemoData.Gateway;

/// <summary>What the loader tells the person waiting: a line per stage, details only when asked for.</summary>
public sealed class ProgressLog(TextWriter output, bool verbose = false)
{
    // Lanes of the load write side by side.
    private readonly TextWriter _output = TextWriter.Synchronized(output);
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();

    public void Stage(string text) => _output.WriteLine(verbose ? $"[演示数据 {_watch.Elapsed.TotalSeconds,5:0.0}s] {text}" : $"[演示数据] {text}");

    public void Detail(string text)
    {
        if (verbose)
        {
            _output.WriteLine($"[演示数据]   {text}");
        }
    }
}
