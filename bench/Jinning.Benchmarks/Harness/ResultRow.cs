namespace Jinning.Benchmarks.Harness;

/// <summary>One line of the table: a figure, what it is compared with in the same run, the goal and whether it is met.</summary>
public sealed record ResultRow(string Scenario, string Figure, string Comparison, string Goal, bool? Met)
{
    public static ResultRow NotMeasuredYet(string scenario, string goal) => new(scenario, "not measured yet", "", goal, null);

    public string MetText => Met switch { true => "yes", false => "no", null => "-" };
}
