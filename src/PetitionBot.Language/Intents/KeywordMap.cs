using PetitionBot.Language.Text;

namespace PetitionBot.Language.Intents;

/// <summary>Keywords that each stand for a value (受理 → Accept); the first in list order that occurs decides.</summary>
internal sealed class KeywordMap<T>(IReadOnlyList<(string Word, T Value)> entries)
    where T : struct
{
    private readonly KeywordList _words = new(entries.Select(e => e.Word));

    public T? FirstIn(string text) => _words.FirstIn(text) is var index and >= 0 ? entries[index].Value : null;
}
