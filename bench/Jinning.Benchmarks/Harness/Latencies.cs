namespace Jinning.Benchmarks.Harness;

/// <summary>Latencies in milliseconds with their percentiles (nearest rank).</summary>
public sealed class Latencies
{
    private readonly List<double> _values = [];

    public int Count => _values.Count;

    public void Add(double milliseconds)
    {
        lock (_values)
        {
            _values.Add(milliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (_values)
        {
            if (_values.Count == 0)
            {
                return double.NaN;
            }
            var sorted = _values.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }
    }

    public string Summary() => $"p50 {Percentile(50):0.0} ms, p99 {Percentile(99):0.0} ms";
}
