using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jinning.Contracts.Tests;

/// <summary><c>docs/contracts/asyncapi.v1.json</c>: the contract as reviewed and promised to department systems.</summary>
internal static class CommittedContract
{
    public const string UpdateVariable = "JINNING_UPDATE_CONTRACT";

    public static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FilePath
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jinning.sln")))
            {
                directory = directory.Parent;
            }
            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Jinning.sln not found above the tests"),
                "docs", "contracts", "asyncapi.v1.json");
        }
    }

    public static JsonObject Read() => JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject();

    public static void Write(JsonObject document) => File.WriteAllText(FilePath, document.ToJsonString(Written) + "\n");
}
