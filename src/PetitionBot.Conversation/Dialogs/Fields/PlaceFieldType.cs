using PetitionBot.Language.Places;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>
/// Where a problem happened (属地). A configured place or a text shaped like a place name is taken; any other word
/// (确认, 不知道) is kept only after a yes, with the closest configured places offered; links and markup are refused.
/// </summary>
public sealed class PlaceFieldType(IEnumerable<string> knownPlaces) : IFieldType
{
    private const int MostSuggestions = 3;
    private static readonly string[] Markup = ["<", ">", "[", "]", "(", ")", "（", "）", "{", "}", "`", "*", "|", "\\", "://", "www."];
    // One character (县 of 县信访局) names no place by itself.
    private readonly string[] _known = knownPlaces.Select(p => p.Trim()).Where(p => p.Length > 1).Distinct(StringComparer.Ordinal).ToArray();

    public string Name => "place";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var value = LeadingCue.Remove(text, field);
        if (value.Length == 0)
            return FieldReading.Fail($"{field.Label}不能为空。");
        if (Markup.Any(m => value.Contains(m, StringComparison.OrdinalIgnoreCase)))
            return FieldReading.Fail($"{field.Label}只写地名（如“城关镇东街村”），不带链接、括号或符号。");
        var found = new FieldValue { Value = value, Display = value };
        if (_known.Any(p => value.Contains(p, StringComparison.Ordinal)) || PlaceNameShape.LooksLikePlace(value))
            return FieldReading.Ok(found);
        var shown = InertText.Of(value);
        return FieldReading.Doubtful(found, $"“{shown}”不像乡镇、街道或村的名字，{field.Label}就记“{shown}”吗？", Closest(value));
    }

    /// <summary>Configured places sharing the most characters with the answer (东关 → 东关街道, not 城关镇).</summary>
    private string[] Closest(string value)
    {
        var candidates = _known.Select(p => (Place: p, Shared: p.Distinct().Count(value.Contains))).Where(c => c.Shared > 0).ToList();
        if (candidates.Count == 0)
            return [];
        var most = candidates.Max(c => c.Shared);
        return candidates
            .Where(c => c.Shared == most)
            .OrderBy(c => c.Place.Length)
            .ThenBy(c => c.Place, StringComparer.Ordinal)
            .Take(MostSuggestions)
            .Select(c => c.Place)
            .ToArray();
    }
}
