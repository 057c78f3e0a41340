using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Llm;

/// <summary>Numbers with what they count (15日, 30日, 1次, 2016年), read from <see cref="NormalForm"/> text.</summary>
public static partial class Quantities
{
    public static IReadOnlyList<(string Value, string Unit)> In(string normal, GuardVocabulary vocabulary)
    {
        var units = vocabulary.Counters.Select(c => vocabulary.UnitAliases.GetValueOrDefault(c, c)).Distinct().OrderByDescending(u => u.Length).ToList();
        var found = new List<(string, string)>();
        var stripped = ArticleReferences.Strip(normal);
        foreach (Match m in Number().Matches(stripped))
        {
            var after = m.Index + m.Length;
            var unit = units.FirstOrDefault(u => string.CompareOrdinal(stripped, after, u, 0, u.Length) == 0) ?? "";
            found.Add((m.Value.TrimStart('0') is { Length: > 0 } v ? v : "0", unit));
        }
        return found;
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
