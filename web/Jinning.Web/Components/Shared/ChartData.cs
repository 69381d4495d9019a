namespace Jinning.Web.Components.Shared;

/// <summary>One row of figures a chart draws: a name (按期率) and a value per label; null where nothing was measured.</summary>
/// <param name="Kind">"bar" or "line".</param>
/// <param name="Percent">Values are fractions (0.93) shown as percentages (93%).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string Kind = "bar", bool Percent = false);

/// <summary>
/// Figures by label (categories, departments, months) that a chart draws and its table lists, from
/// the same numbers, so the picture and the text alternative never disagree.
/// </summary>
public sealed record ChartData(string LabelHeading, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    public bool IsEmpty => Labels.Count == 0;

    public static string Show(double? value, bool percent) => value switch
    {
        null => "—",
        { } v when percent => $"{v * 100:0.#}%",
        { } v => v % 1 == 0 ? $"{v:0}" : $"{v:0.##}",
    };
}
