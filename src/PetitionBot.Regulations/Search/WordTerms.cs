using PetitionBot.Language.Words;

namespace PetitionBot.Regulations.Search;

/// <summary>Words of a text for the word index: jieba's words of two or more characters (single characters are
/// mostly particles, and the character index already has them).</summary>
public static class WordTerms
{
    public static IReadOnlyList<string> Of(string text) =>
        WordSegmenter.Cut(text).Where(w => w.Length >= 2 && w.Any(CharacterGrams.IsHan)).ToList();
}
