namespace PetitionBot.Benchmarks.Load;

/// <summary>Collects request latencies and reports percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];

    public void Add(TimeSpan elapsed)
    {
        lock (_milliseconds) _milliseconds.Add(elapsed.TotalMilliseconds);
    }

    public int Count
    {
        get { lock (_milliseconds) return _milliseconds.Count; }
    }

    public double Percentile(double p)
    {
        lock (_milliseconds)
        {
            if (_milliseconds.Count == 0) return double.NaN;
            var sorted = _milliseconds.Order().ToArray();
            var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        }
    }
}
