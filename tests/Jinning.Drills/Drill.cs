namespace Jinning.Drills;

/// <summary>
/// How big a drill is: short (the default, inside <c>./test.sh</c>) or long (<c>JINNING_DRILL=long</c>, from
/// <c>bench/drills/run.sh</c>), and where its row of figures goes.
/// </summary>
public static class Drill
{
    public static bool Long => string.Equals(Environment.GetEnvironmentVariable("JINNING_DRILL"), "long", StringComparison.OrdinalIgnoreCase);

    public static int Pick(int shortValue, int longValue) => Long ? longValue : shortValue;

    /// <summary>One row of the drill table: appended to <c>JINNING_DRILL_REPORT</c> (tab-separated) when set, and returned for the test's output.</summary>
    public static string Report(string drill, string done, string expected, string observed, bool pass)
    {
        var row = string.Join('\t', drill, done, expected, observed, pass ? "pass" : "FAIL");
        if (Environment.GetEnvironmentVariable("JINNING_DRILL_REPORT") is { Length: > 0 } path)
        {
            lock (typeof(Drill))
            {
                File.AppendAllText(path, row.Replace('\n', ' ') + Environment.NewLine);
            }
        }
        return row;
    }
}
