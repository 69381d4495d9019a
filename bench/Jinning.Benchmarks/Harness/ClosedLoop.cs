using System.Diagnostics;

namespace Jinning.Benchmarks.Harness;

/// <summary>
/// A fixed number of clients, each sending its next request as soon as the previous one answered, for a fixed
/// time after a warm-up: requests per second and latency percentiles of the measured part only.
/// </summary>
public static class ClosedLoop
{
    public sealed record Outcome(double RequestsPerSecond, Latencies Latencies, int Failures, string? FirstFailure, ProcessCpu.Sample Cpu)
    {
        public string FailureText => Failures == 0 ? "0 failed" : $"{Failures} failed, first: {FirstFailure}";

        public double CpuMillisecondsPerRequest => Latencies.Count == 0 ? double.NaN : Cpu.Milliseconds / Latencies.Count;
    }

    public static async Task<Outcome> RunAsync(int concurrency, TimeSpan warmUp, TimeSpan measure, Func<Task<bool>> request, ProcessCpu cpu)
    {
        var latencies = new Latencies();
        var failures = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var measureUntil = warmUp + measure;
        ProcessCpu.Sample? atStart = null;
        var startGate = new object();
        async Task Client()
        {
            while (clock.Elapsed < measureUntil)
            {
                var started = clock.Elapsed;
                if (started >= measureFrom)
                {
                    lock (startGate)
                    {
                        atStart ??= cpu.Read();
                    }
                }
                bool ok;
                try
                {
                    ok = await request();
                }
                catch (Exception exception) // a refused or timed-out request is a failure to count, not the end of the run
                {
                    Interlocked.CompareExchange(ref firstFailure, exception.Message.Split('\n')[0], null);
                    ok = false;
                }
                if (started < measureFrom)
                {
                    continue;
                }
                if (ok)
                {
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Client)));
        var used = cpu.Read() - (atStart ?? cpu.Read());
        return new Outcome(latencies.Count / measure.TotalSeconds, latencies, failures, firstFailure, used);
    }
}
