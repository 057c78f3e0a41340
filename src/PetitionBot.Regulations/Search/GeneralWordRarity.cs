using JiebaNet.Segmenter;
using PetitionBot.Language.Words;

namespace PetitionBot.Regulations.Search;

/// <summary>
/// How rare a word is in Chinese at large (its IDF-like log odds in the segmenter's general dictionary): "时候",
/// "一起", "具体" are everyday words whatever the texts hold; "律师", "拘留" carry what a question is about.
/// </summary>
public static class GeneralWordRarity
{
    private static readonly Lazy<(WordDictionary Dictionary, double Total)> Loaded = new(() =>
    {
        WordSegmenter.WarmUp(); // the user dictionary's terms join the general one first
        var dictionary = WordDictionary.Instance;
        return (dictionary, dictionary.Total);
    });

    /// <summary>About the largest rarity a word can have (ln of the dictionary's total count, a word seen once).</summary>
    public static double Scale => Math.Log(Loaded.Value.Total);

    /// <summary>ln(total / frequency); a word the dictionary lacks counts as once seen.</summary>
    public static double Of(string word)
    {
        var (dictionary, total) = Loaded.Value;
        var frequency = Math.Max(1, dictionary.GetFreqOrDefault(word));
        return Math.Log(total / frequency);
    }
}
