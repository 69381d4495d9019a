using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Jinning.Benchmarks.Harness;

/// <summary>The one table bench/run.sh prints, and the same rows as JSON under bench/results/.</summary>
public static class ResultReport
{
    public static string Table(IReadOnlyList<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | figure | comparison (same run) | goal | met? |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine($"| {row.Scenario} | {row.Figure} | {row.Comparison} | {row.Goal} | {row.MetText} |");
        }
        return text.ToString();
    }

    public static async Task<string> WriteJsonAsync(string directory, DateTime startedUtc, BenchOptions options,
        IReadOnlyList<ResultRow> rows, IReadOnlyDictionary<string, string> profile)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{startedUtc:yyyyMMdd-HHmmss}.json");
        var document = new
        {
            startedUtc,
            mode = options.Quick ? "quick" : "full",
            machine = new
            {
                processors = Environment.ProcessorCount,
                cpu = CpuModel(),
                os = RuntimeInformation.OSDescription,
                runtime = RuntimeInformation.FrameworkDescription,
            },
            profile,
            rows = rows.Select(row => new { row.Scenario, row.Figure, row.Comparison, row.Goal, met = row.Met }),
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, new JsonSerializerOptions
        {
            WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        return path;
    }

    public static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name"));
            return line?.Split(':', 2)[1].Trim() ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
