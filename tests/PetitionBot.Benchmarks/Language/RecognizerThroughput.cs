using System.Diagnostics;
using System.Text.Json.Nodes;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Numbers;
using PetitionBot.Testing;

namespace PetitionBot.Benchmarks.Language;

/// <summary>Short utterances per second through the recognizers on one thread, over the labelled test utterances.</summary>
public static class RecognizerThroughput
{
    public static Task<int> RunAsync(string[] args)
    {
        var utterances = Directory.EnumerateFiles(RepositoryRoot.Combine("tests", "PetitionBot.Language.Tests", "Data"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Select(line => JsonNode.Parse(line)!["text"]!.GetValue<string>())
            .ToArray();
        var reference = new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8));
        Console.WriteLine($"Recognizers: {utterances.Length} labelled utterances, one thread.");

        Measure("intent routing", utterances, t => IntentRouter.Route(t, reference).Score);
        Measure("dates and times", utterances, t => DateTimeRecognizer.Recognize(t, reference).Count);
        Measure("numbers", utterances, t => NumberRecognizer.Recognize(t).Count);
        Measure("phones", utterances, t => PhoneNumberRecognizer.Recognize(t).Count);
        Measure("all four", utterances, t => IntentRouter.Route(t, reference).Score + DateTimeRecognizer.Recognize(t, reference).Count
                                                  + NumberRecognizer.Recognize(t).Count + PhoneNumberRecognizer.Recognize(t).Count);
        return Task.FromResult(0);
    }

    private static void Measure(string name, string[] utterances, Func<string, double> recognize)
    {
        var sink = 0.0;
        for (var i = 0; i < 3; i++)
            foreach (var u in utterances) sink += recognize(u);
        var rounds = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var u in utterances) sink += recognize(u);
            rounds++;
        }
        var perSecond = rounds * utterances.Length / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"| {name} | {perSecond:N0} utterances/s |{(sink < 0 ? " " : "")}");
    }
}
