using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Answers;

/// <summary>Keeps [n] markers and citations in step: markers without a citation go, unused citations go, numbers close up.</summary>
public static partial class CitationMarkers
{
    [GeneratedRegex(@"\[(\d{1,2})\]")]
    public static partial Regex Marker();

    /// <summary>Positions referred to in the text, in order of first appearance.</summary>
    public static IReadOnlyList<int> Referenced(string text) =>
        Marker().Matches(text).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();

    public static (string Text, IReadOnlyList<Citation> Citations) Reconcile(string text, IReadOnlyList<Citation> citations)
    {
        var byPosition = citations.ToDictionary(c => c.Position);
        var renumber = new Dictionary<int, int>();
        foreach (var position in Referenced(text))
            if (byPosition.ContainsKey(position))
                renumber[position] = renumber.Count + 1;

        var newText = Marker().Replace(text, m =>
            renumber.TryGetValue(int.Parse(m.Groups[1].Value), out var n) ? $"[{n}]" : "");
        var kept = renumber.OrderBy(p => p.Value).Select(p => byPosition[p.Key] with { Position = p.Value }).ToList();
        return (newText, kept);
    }
}
