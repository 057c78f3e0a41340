namespace PetitionBot.Language.Words;

/// <summary>
/// Words of the closed classes — pronouns, conjunctions, adverbs, numerals and measure words, prepositions, particles,
/// interjections, onomatopoeia — as the segmenter's own dictionary tags them ("我们", "还是", "一起", "那条"). They
/// frame a sentence and never name what it is about.
/// </summary>
public static class FunctionWords
{
    // jieba's part-of-speech tags (the ICTCLAS set) of the closed classes.
    private static readonly HashSet<string> ClosedTags =
        ["r", "rr", "rz", "rg", "c", "d", "dg", "df", "m", "mg", "mq", "q", "p", "u", "uj", "ul", "ud", "ug", "uz", "uv", "y", "e", "o"];

    private static readonly Lazy<HashSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool Contains(string word) => Words.Value.Contains(word);

    /// <summary>Reads the tags now instead of on first use.</summary>
    public static void WarmUp() => _ = Words.Value;

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Resources", "dict.txt")))
        {
            // "word frequency tag"
            var last = line.LastIndexOf(' ');
            var first = line.IndexOf(' ');
            if (last <= first || first <= 0) continue;
            if (ClosedTags.Contains(line[(last + 1)..].Trim())) words.Add(line[..first]);
        }
        return words;
    }
}
