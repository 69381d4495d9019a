namespace Jinning.Testing;

/// <summary>
/// One row of the fault drills' table (<c>bench/drills/run.sh</c>): appended, tab-separated, to the file named by
/// <c>JINNING_DRILL_REPORT</c> when it is set. Drills 1–3 run the whole platform (<c>tests/Jinning.Drills</c>); drills 4
/// and 5 are service-level tests on the fake clock (roster's two schedulers, ticketing's clock racing a department).
/// </summary>
public static class DrillReport
{
    private static readonly Lock Gate = new();

    public static string Write(string drill, string done, string expected, string observed, bool pass)
    {
        var row = string.Join('\t', drill, done, expected, observed, pass ? "pass" : "FAIL");
        if (Environment.GetEnvironmentVariable("JINNING_DRILL_REPORT") is { Length: > 0 } path)
        {
            lock (Gate)
            {
                File.AppendAllText(path, row.Replace('\n', ' ') + Environment.NewLine);
            }
        }
        return row;
    }
}
