using System.Globalization;

namespace PetitionBot.Cases.Reminders;

/// <summary>One line of a delivery's attempt log: the attempt, when it ended (UTC) and its error, cut to a bounded length.</summary>
public static class AttemptLogLine
{
    /// <summary>Longest error kept per attempt; the number of lines is bounded by the attempt limit.</summary>
    public const int MaxErrorLength = 300;

    public static string Format(int attempt, DateTimeOffset at, string error)
    {
        // One line each: line breaks in a channel's error text would split the entry.
        var flat = error.ReplaceLineEndings(" ");
        if (flat.Length > MaxErrorLength)
            flat = flat[..MaxErrorLength] + "…";
        return string.Create(CultureInfo.InvariantCulture, $"#{attempt} {at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} {flat}\n");
    }

    public static IReadOnlyList<string> Parse(string? log) =>
        log is null ? [] : log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
