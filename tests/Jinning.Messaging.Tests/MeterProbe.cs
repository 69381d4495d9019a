using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Jinning.Messaging.Tests;

/// <summary>Reads one meter's instruments in-process: the latest value of each gauge, the running sum of each counter.</summary>
public sealed class MeterProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _gauges = new();
    private readonly ConcurrentDictionary<string, double> _sums = new();

    public MeterProbe(string meterName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument, value));
        _listener.Start();
    }

    /// <summary>The gauge's value now, or null before it has one.</summary>
    public double? Gauge(string name)
    {
        _gauges.TryRemove(name, out _);
        _listener.RecordObservableInstruments();
        return _gauges.TryGetValue(name, out var value) ? value : null;
    }

    public double Sum(string name) => _sums.GetValueOrDefault(name);

    private void Record(Instrument instrument, double value)
    {
        if (instrument.IsObservable)
        {
            _gauges[instrument.Name] = value;
        }
        else
        {
            _sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
        }
    }

    public void Dispose() => _listener.Dispose();
}
