using System.Text.Json.Nodes;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Numbers;
using PetitionBot.Testing;

namespace PetitionBot.Benchmarks.Language;

/// <summary>
/// Utterances per second through the recognizers on one thread, over all labelled test utterances and over
/// the short ones alone (some labelled utterances are whole one-sentence filings).
/// </summary>
public static class RecognizerThroughput
{
    private const int ShortLength = 20;

    public static Task<int> RunAsync(string[] args)
    {
        var rounds = IntOption(args, "--rounds") ?? 9;
        var all = Directory.EnumerateFiles(RepositoryRoot.Combine("tests", "PetitionBot.Language.Tests", "Data"), "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => JsonNode.Parse(line)!["text"]!.GetValue<string>())
            .ToArray();
        var shortOnes = all.Where(u => u.Length <= ShortLength).ToArray();
        var reference = new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8));

        // What routing adds to start-up: jieba's dictionary, then training the model from the repo's files.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        PetitionBot.Language.Words.WordSegmenter.WarmUp();
        var dictionary = watch.Elapsed;
        watch.Restart();
        PetitionBot.Language.Routing.TrainedRouter.WarmUp();
        Console.WriteLine($"Router start-up: word dictionary {dictionary.TotalMilliseconds:N0} ms, training {watch.Elapsed.TotalMilliseconds:N0} ms.{LoadAverage()}");

        (string Name, Func<string, double> Recognize)[] recognizers =
        [
            ("intent routing", t => IntentRouter.Route(t, reference).Score),
            ("dates and times", t => DateTimeRecognizer.Recognize(t, reference).Count),
            ("numbers", t => NumberRecognizer.Recognize(t).Count),
            ("phones", t => PhoneNumberRecognizer.Recognize(t).Count),
            ("all four", t => IntentRouter.Route(t, reference).Score + DateTimeRecognizer.Recognize(t, reference).Count
                              + NumberRecognizer.Recognize(t).Count + PhoneNumberRecognizer.Recognize(t).Count),
        ];
        var workloads = recognizers
            .SelectMany(r => new[] { new Workload(r.Name, "all", all, r.Recognize), new Workload(r.Name, "short", shortOnes, r.Recognize) })
            .ToArray();

        var window = TimeSpan.FromMilliseconds(250);
        Console.WriteLine($"Recognizers on one thread: {all.Length} labelled utterances, {shortOnes.Length} of them short (≤ {ShortLength} characters); "
                          + $"{rounds} rounds of {window.TotalSeconds:0.##} s windows, median (min–max).{LoadAverage()}");
        var results = new ThroughputRounds(window, rounds).Measure(workloads);

        Console.WriteLine($"| Recognizer | all {all.Length} utterances/s | {shortOnes.Length} short utterances/s |");
        Console.WriteLine("|---|---|---|");
        foreach (var name in recognizers.Select(r => r.Name))
        {
            var row = results.Where(r => r.Workload.Name == name).ToDictionary(r => r.Workload.Set);
            Console.WriteLine($"| {name} | {Format(row["all"])} | {Format(row["short"])} |");
        }
        Console.WriteLine($"Done.{LoadAverage()}");
        return Task.FromResult(0);
    }

    private static string Format(Throughput t) => $"{t.Median:N0} ({t.Min:N0}–{t.Max:N0})";

    // The machine may be shared: say how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $" Load average: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}." : "";

    private static int? IntOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
