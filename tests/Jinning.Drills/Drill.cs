using Jinning.Testing;

namespace Jinning.Drills;

/// <summary>
/// How big a drill is: short (the default, inside <c>./test.sh</c>) or long (<c>JINNING_DRILL=long</c>, from
/// <c>bench/drills/run.sh</c>), and where its row of figures goes.
/// </summary>
public static class Drill
{
    public static bool Long => string.Equals(Environment.GetEnvironmentVariable("JINNING_DRILL"), "long", StringComparison.OrdinalIgnoreCase);

    public static int Pick(int shortValue, int longValue) => Long ? longValue : shortValue;

    /// <summary>One row of the drill table (see <see cref="DrillReport"/>), returned for the test's output.</summary>
    public static string Report(string drill, string done, string expected, string observed, bool pass) =>
        DrillReport.Write(drill, done, expected, observed, pass);
}
