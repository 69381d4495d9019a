namespace Jinning.Reporting.IssueStatistics;

public enum SummaryGrouping
{
    /// <summary>Everything in one group: the totals.</summary>
    All,
    Category,
    Department,
    Status,
    Day,
    Month,
    HalfYear,
    Year,
}

/// <summary>The figures of one group (P1). Rates are null where nothing could be measured.</summary>
public sealed record SummaryGroup(
    string Key,
    int Count,
    int Open,
    int Closed,
    int Major,
    int Overdue,
    double? OverdueRate,
    int Rectified,
    int OnTime,
    /// <summary>Issues whose timeliness is known — rectified, or overdue and still open — the base of <see cref="OnTimeRate"/>.</summary>
    int OnTimeMeasured,
    double? OnTimeRate,
    double? MedianHandlingHours,
    double? P90HandlingHours,
    int FeedbackGiven,
    int FeedbackAccepted,
    int FeedbackObjected,
    int Rated,
    double? AverageRating,
    double? SatisfactionRate,
    /// <summary>Closed because the reporter did not answer within five working days: neither satisfied nor objected (T10).</summary>
    int ConfirmationsTimedOut,
    /// <summary>Closed issues by outcome (T10): resolved, explained, unfounded, not-accepted, referred-elsewhere.</summary>
    IReadOnlyDictionary<string, int> Outcomes);

/// <summary>
/// Computes the summary from rows: one pass to count, then a selection (not a sort) per group for the
/// median and 90th percentile of handling hours, interpolated between ranks like PERCENTILE.INC.
/// <list type="bullet">
/// <item>overdue rate = issues that went overdue / issues dispatched;</item>
/// <item>on-time rate = rectified by the deadline in force / (rectified + overdue and not yet rectified);</item>
/// <item>satisfaction = ratings of 4 or 5 / ratings;</item>
/// <item>feedback accepted counts confirmations only: a confirmation timed out is counted apart, never as satisfied or objected.</item>
/// </list>
/// </summary>
public static class IssueSummary
{
    public static readonly SummaryGroup Empty = new("all", 0, 0, 0, 0, 0, null, 0, 0, 0, null, null, null, 0, 0, 0, 0, null, null, 0,
        IssueRows.Outcomes.ToDictionary(o => o, _ => 0));

    public static IReadOnlyList<SummaryGroup> Compute(
        ReadOnlySpan<IssueRow> rows, SummaryGrouping grouping, DateOnly? from, DateOnly? to,
        Func<SummaryGrouping, IssueRow, int> keyOf, Func<SummaryGrouping, int, string> nameOf)
    {
        var first = from?.DayNumber ?? int.MinValue;
        var last = to?.DayNumber ?? int.MaxValue;
        var groups = new Dictionary<int, Accumulator>();
        foreach (ref readonly var row in rows)
        {
            if (row.ReportedOn < first || row.ReportedOn > last)
            {
                continue;
            }
            var key = keyOf(grouping, row);
            if (!groups.TryGetValue(key, out var accumulator))
            {
                accumulator = new Accumulator();
                groups[key] = accumulator;
            }
            accumulator.Add(row);
        }
        return groups.Select(g => g.Value.ToGroup(nameOf(grouping, g.Key))).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The key of a row for grouping by a stored dimension or a period of its report date.</summary>
    public static int PeriodKey(SummaryGrouping grouping, int dayNumber)
    {
        var day = DateOnly.FromDayNumber(dayNumber);
        return grouping switch
        {
            SummaryGrouping.All => 0,
            SummaryGrouping.Day => dayNumber,
            SummaryGrouping.Month => day.Year * 100 + day.Month,
            SummaryGrouping.HalfYear => day.Year * 10 + (day.Month <= 6 ? 1 : 2),
            _ => day.Year,
        };
    }

    public static string PeriodName(SummaryGrouping grouping, int key) => grouping switch
    {
        SummaryGrouping.All => "all",
        SummaryGrouping.Day => DateOnly.FromDayNumber(key).ToString("yyyy-MM-dd"),
        SummaryGrouping.Month => $"{key / 100:0000}-{key % 100:00}",
        SummaryGrouping.HalfYear => $"{key / 10:0000}-H{key % 10}",
        _ => key.ToString("0000"),
    };

    /// <summary>PERCENTILE.INC on <paramref name="values"/>, reordering them; null when empty.</summary>
    public static double? Percentile(Span<float> values, double p)
    {
        if (values.Length == 0)
        {
            return null;
        }
        var rank = p * (values.Length - 1);
        var lower = (int)Math.Floor(rank);
        var below = Select(values, lower);
        if (lower + 1 >= values.Length)
        {
            return Math.Round(below, 2);
        }
        // After selection everything right of lower is >= it; the next rank is their minimum.
        var above = float.MaxValue;
        foreach (var value in values[(lower + 1)..])
        {
            above = Math.Min(above, value);
        }
        return Math.Round(below + (rank - lower) * (above - below), 2);
    }

    /// <summary>Hoare's quickselect: the k-th smallest, leaving smaller values left of k and larger right.</summary>
    private static float Select(Span<float> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = MedianOfThree(values[left], values[left + (right - left) / 2], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else break;
        }
        return values[k];
    }

    private static float MedianOfThree(float a, float b, float c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    private sealed class Accumulator
    {
        private int _count, _closed, _major, _dispatched, _overdue, _rectified, _onTime, _overdueOpen, _feedback, _accepted, _objected, _rated, _satisfied, _ratingSum;
        private int _timedOut;
        private readonly int[] _outcomes = new int[IssueRows.Outcomes.Length];
        private readonly List<float> _hours = [];

        public void Add(in IssueRow row)
        {
            _count++;
            var flags = row.Flags;
            if ((flags & IssueFlags.Closed) != 0) _closed++;
            if ((flags & IssueFlags.Major) != 0) _major++;
            if (row.Department >= 0) _dispatched++;
            if ((flags & IssueFlags.Overdue) != 0) _overdue++;
            if ((flags & IssueFlags.Rectified) != 0)
            {
                _rectified++;
                if ((flags & IssueFlags.OnTime) != 0) _onTime++;
                if (!float.IsNaN(row.HandlingHours)) _hours.Add(row.HandlingHours);
            }
            else if ((flags & IssueFlags.Overdue) != 0)
            {
                _overdueOpen++;
            }
            if ((flags & IssueFlags.FeedbackGiven) != 0) _feedback++;
            if ((flags & IssueFlags.Accepted) != 0) _accepted++;
            if ((flags & IssueFlags.Objected) != 0) _objected++;
            if (row.Confirmation > 0 && IssueRows.Confirmations[row.Confirmation - 1] == "timed-out") _timedOut++;
            if (row.Outcome > 0) _outcomes[row.Outcome - 1]++;
            if (row.Rating > 0)
            {
                _rated++;
                _ratingSum += row.Rating;
                if (row.Rating >= 4) _satisfied++;
            }
        }

        public SummaryGroup ToGroup(string key)
        {
            var hours = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_hours);
            var median = IssueSummary.Percentile(hours, 0.5);
            var p90 = IssueSummary.Percentile(hours, 0.9);
            return new SummaryGroup(key, _count, _count - _closed, _closed, _major, _overdue, Rate(_overdue, _dispatched),
                _rectified, _onTime, _rectified + _overdueOpen, Rate(_onTime, _rectified + _overdueOpen), median, p90,
                _feedback, _accepted, _objected, _rated, _rated == 0 ? null : Math.Round((double)_ratingSum / _rated, 2),
                Rate(_satisfied, _rated),
                _timedOut, IssueRows.Outcomes.Select((o, i) => (o, i)).ToDictionary(p => p.o, p => _outcomes[p.i]));
        }

        private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
    }
}
