using JiebaNet.Segmenter;

namespace PetitionBot.Language.Words;

/// <summary>
/// Chinese word segmentation: jieba's dictionary (shipped by the jieba.NET package) plus the project's user dictionary
/// of petition and regulation terms (<c>Words/user-dict.txt</c>). One process-wide dictionary, loaded once and never
/// changed afterwards, so the router's training and its use segment alike.
/// </summary>
public static class WordSegmenter
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the dictionaries now (about 0.7 s) instead of on the first message.</summary>
    public static void WarmUp() => _ = Segmenter.Value;

    /// <summary>The words of <paramref name="text"/> in order, punctuation and spaces dropped.</summary>
    public static IReadOnlyList<string> Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        // Dictionary words only (no HMM guesses): new words would differ between runs of similar texts.
        foreach (var w in Segmenter.Value.Cut(text, cutAll: false, hmm: false))
        {
            if (w.Length > 0 && !IsSpaceOrPunctuation(w))
            {
                words.Add(w);
            }
        }
        return words;
    }

    /// <summary>The user dictionary's words, for callers that index or weight them.</summary>
    public static IReadOnlyList<string> UserWords => UserDictionary.Words.Value;

    private static JiebaSegmenter Load()
    {
        var segmenter = new JiebaSegmenter();
        foreach (var word in UserDictionary.Words.Value)
        {
            segmenter.AddWord(word);
        }
        // The first cut builds jieba's prefix dictionary; do it here, under the lazy's lock.
        _ = segmenter.Cut("信访", cutAll: false, hmm: false).Count();
        return segmenter;
    }

    private static bool IsSpaceOrPunctuation(string w)
    {
        foreach (var c in w)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                return false;
            }
        }
        return true;
    }
}
