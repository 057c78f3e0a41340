using PetitionBot.Language.Intents;
using PetitionBot.Language.Text;
using PetitionBot.Language.Words;

namespace PetitionBot.Language.Routing;

/// <summary>
/// What the router's model sees of an utterance, as hashed feature ids: character 1–3-grams (digits folded to one
/// digit, so every phone or case number looks alike), jieba words, the kinds of entity present, a length bucket and
/// whether it is asked as a question.
/// </summary>
internal static class RouteFeatures
{
    public const int Bits = 18;
    public const int Size = 1 << Bits;

    private const uint GramSalt = 0x9E3779B9, WordSalt = 0x85EBCA6B, FlagSalt = 0xC2B2AE35;

    /// <summary>Distinct feature ids of <paramref name="text"/>, ascending.</summary>
    internal static int MinGram = 1, MaxGram = 3;
    internal static bool UseWords = true, UseWordPairs = false, UseEntities = true;

    public static int[] Extract(string text)
    {
        // Folded, punctuation dropped, common phone typos fixed (登计 → 登记).
        var compact = Shape(new IntentText(text).Compact);
        var ids = new List<int>(compact.Length * 3 + 24);
        AddGrams(compact, ids);
        if (UseWords)
        {
            var words = WordSegmenter.Cut(compact);
            for (var i = 0; i < words.Count; i++)
            {
                ids.Add(Hash(WordSalt, words[i]));
                if (UseWordPairs && i > 0) ids.Add(Hash(WordSalt + 7, words[i - 1] + "|" + words[i]));
            }
        }
        if (UseEntities)
        foreach (var entity in EntityExtractor.Extract(text, reference: null))
        {
            ids.Add(Flag("entity:" + entity.Kind));
        }
        ids.Add(Flag("length:" + LengthBucket(compact.Length)));
        if (AsksQuestion(text))
        {
            ids.Add(Flag("question"));
        }
        ids.Add(Flag("bias"));
        ids.Sort();
        return ids.Distinct().ToArray();
    }

    /// <summary>ASCII digits folded to 0 and Latin letters kept: the shape of a number matters, not its value.</summary>
    private static string Shape(string compact) =>
        string.Create(compact.Length, compact, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '0' and <= '9' ? '0' : source[i];
            }
        });

    private static void AddGrams(string s, List<int> ids)
    {
        // '^' and '$' mark the edges: an utterance that starts with 登记 differs from one that merely contains it.
        var padded = "^" + s + "$";
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                if (n == 1 && (padded[i] is '^' or '$'))
                {
                    continue;
                }
                ids.Add(Hash(GramSalt + (uint)n, padded.AsSpan(i, n)));
            }
        }
    }

    private static bool AsksQuestion(string text)
    {
        foreach (var c in text)
        {
            if (TextNormalizer.FoldChar(c) == '?')
            {
                return true;
            }
        }
        return false;
    }

    private static int LengthBucket(int length) => length switch
    {
        <= 2 => 2,
        <= 4 => 4,
        <= 8 => 8,
        <= 16 => 16,
        <= 32 => 32,
        _ => 64,
    };

    private static int Flag(string name) => Hash(FlagSalt, name);

    private static int Hash(uint salt, ReadOnlySpan<char> chars)
    {
        // FNV-1a: stable across processes (string.GetHashCode is randomised per run).
        var h = 2166136261u ^ salt;
        foreach (var c in chars)
        {
            h = (h ^ c) * 16777619u;
        }
        h ^= h >> 15;
        return (int)(h & (Size - 1));
    }
}
