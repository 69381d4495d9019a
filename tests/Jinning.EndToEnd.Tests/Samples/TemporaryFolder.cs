namespace Jinning.EndToEnd.Tests.Samples;

/// <summary>A working folder for one sample run (its seen-IDs file, the Java build), removed afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("jinning-sample-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still closing a file; the system's temporary folder is cleaned anyway.
        }
    }
}
