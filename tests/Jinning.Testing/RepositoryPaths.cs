namespace Jinning.Testing;

public static class RepositoryPaths
{
    /// <summary>The repository root, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string LocalInfraScript(string name) => Path.Combine(Root, "Jinning.AppHost", "LocalInfra", name);

    /// <summary>A fresh folder for one fixture's data, removed by the caller when done.</summary>
    public static string NewTemporaryDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jinning-{prefix}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Jinning.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Jinning.sln not found above " + AppContext.BaseDirectory);
    }
}
