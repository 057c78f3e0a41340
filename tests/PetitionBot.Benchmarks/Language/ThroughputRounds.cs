using System.Diagnostics;

namespace PetitionBot.Benchmarks.Language;

/// <summary>One recognizer over one set of utterances.</summary>
public sealed record Workload(string Name, string Set, IReadOnlyList<string> Utterances, Func<string, double> Recognize);

/// <summary>Utterances per second in each measured window: the median and the spread.</summary>
public sealed record Throughput(Workload Workload, IReadOnlyList<double> PerSecond)
{
    public double Median => PerSecond.Order().ElementAt(PerSecond.Count / 2);

    public double Min => PerSecond.Min();

    public double Max => PerSecond.Max();
}

/// <summary>
/// Measures workloads in alternating short windows, one after the other in every round, so that a busy spell
/// on a shared machine hits them all alike; each is warmed up first, as in a service that has been running.
/// </summary>
public sealed class ThroughputRounds(TimeSpan window, int rounds)
{
    private double _sink;

    public IReadOnlyList<Throughput> Measure(IReadOnlyList<Workload> workloads)
    {
        foreach (var workload in workloads)
        {
            Run(workload, 2 * window);
        }
        var perSecond = workloads.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < workloads.Count; i++)
            {
                perSecond[i].Add(Run(workloads[i], window));
            }
        }
        if (_sink < 0)
        {
            Console.WriteLine(); // keeps the results observable so the work is not optimized away
        }
        return [.. workloads.Select((w, i) => new Throughput(w, perSecond[i]))];
    }

    private double Run(Workload workload, TimeSpan duration)
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var utterance in workload.Utterances)
            {
                _sink += workload.Recognize(utterance);
            }
            count += workload.Utterances.Count;
        }
        while (clock.Elapsed < duration);
        return count / clock.Elapsed.TotalSeconds;
    }
}
