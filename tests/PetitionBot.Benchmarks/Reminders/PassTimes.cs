using System.Globalization;

namespace PetitionBot.Benchmarks.Reminders;

/// <summary>Times of one kind of measurement, reported as median and range (the machine is shared, so one number says little).</summary>
public sealed class PassTimes(string what)
{
    private readonly List<double> _milliseconds = [];

    public string What => what;

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public override string ToString()
    {
        if (_milliseconds.Count == 0)
            return $"{what}: not run";
        var sorted = _milliseconds.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: median {sorted[sorted.Length / 2]:0.0} ms, range {sorted[0]:0.0}–{sorted[^1]:0.0} ms over {sorted.Length}");
    }
}
