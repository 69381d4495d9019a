namespace Jinning.DemoData.Gateway;

/// <summary>What the loader tells the person waiting: a line per stage, details only when asked for.</summary>
public sealed class ProgressLog(TextWriter output, bool verbose = false)
{
    public void Stage(string text) => output.WriteLine($"[演示数据] {text}");

    public void Detail(string text)
    {
        if (verbose)
        {
            output.WriteLine($"[演示数据]   {text}");
        }
    }

    public void Write(string text) => output.WriteLine(text);
}
