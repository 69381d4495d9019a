namespace Jinning.Web.Components.Shared;

/// <summary>
/// ECharts options for the console's charts: Chinese text in the page's font, colours dark enough to
/// read on white (WCAG AA against the background), percentages as percentages.
/// </summary>
public static class ChartOptions
{
    /// <summary>Blue, amber, green, red, violet, teal: each at least 4.5:1 on white.</summary>
    public static readonly string[] Palette = ["#1d4ed8", "#b45309", "#047857", "#b91c1c", "#6d28d9", "#0f766e"];

    private const string Text = "#262626";
    private const string Font = "'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

    /// <summary>Bars or lines over the labels; counts on the left axis, percentages (if any) on the right, from 0 to 100%.</summary>
    public static object For(ChartData data, bool horizontal = false)
    {
        var percentAxis = data.Series.Any(s => s.Percent) && data.Series.Any(s => !s.Percent) ? 1 : 0;
        var labels = new
        {
            type = "category",
            data = data.Labels,
            inverse = horizontal,
            axisLabel = new { color = Text, interval = 0, rotate = !horizontal && data.Labels.Count > 6 ? 30 : 0, fontSize = 12 },
            axisLine = new { lineStyle = new { color = "#8c8c8c" } },
        };
        var values = ValueAxes(data, percentAxis);
        return new
        {
            color = Palette,
            textStyle = new { fontFamily = Font, color = Text },
            animation = false,
            legend = new { show = data.Series.Count > 1, top = 0, textStyle = new { color = Text } },
            tooltip = new { trigger = "axis" },
            grid = new { left = 12, right = 12, top = data.Series.Count > 1 ? 36 : 16, bottom = 8, containLabel = true },
            xAxis = horizontal ? (object)values : labels,
            yAxis = horizontal ? labels : (object)values,
            series = data.Series.Select((s, i) => new
            {
                name = s.Name,
                type = s.Kind,
                data = s.Values.Select(v => v is { } value && s.Percent ? Math.Round(value * 100, 1) : v).ToArray(),
                yAxisIndex = !horizontal && s.Percent ? percentAxis : 0,
                barMaxWidth = 36,
                connectNulls = true,
                symbolSize = 7,
                label = new
                {
                    show = data.Labels.Count <= 12, position = horizontal ? "right" : "top", color = Text,
                    formatter = s.Percent ? "{c}%" : "{c}"
                },
            }).ToArray(),
        };
    }

    private static object[] ValueAxes(ChartData data, int percentAxis)
    {
        var count = new
        {
            type = "value", minInterval = 1, axisLabel = new { color = Text },
            splitLine = new { lineStyle = new { color = "#e8e8e8" } }
        };
        var percent = new
        {
            type = "value", min = 0, max = 100, axisLabel = new { color = Text, formatter = "{value}%" },
            splitLine = new { lineStyle = new { color = "#e8e8e8" } }
        };
        if (data.Series.All(s => s.Percent))
        {
            return [percent];
        }
        return percentAxis == 1 ? [count, percent] : [count];
    }
}
