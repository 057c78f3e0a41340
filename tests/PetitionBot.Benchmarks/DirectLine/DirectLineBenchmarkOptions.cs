using System.Globalization;

namespace PetitionBot.Benchmarks.DirectLine;

/// <summary>--conversations N (open at once) --messages M (per mode) --concurrency C --seconds S (per mode) --store memory|redis</summary>
public sealed record DirectLineBenchmarkOptions(int Conversations, int Messages, int Concurrency, TimeSpan TimeLimit, string Store)
{
    public static DirectLineBenchmarkOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new DirectLineBenchmarkOptions(
            Number("--conversations", 1000),
            Number("--messages", 5000),
            Number("--concurrency", 64),
            TimeSpan.FromSeconds(Number("--seconds", 60)),
            Value("--store") ?? "memory");
    }
}
