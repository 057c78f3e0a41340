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
    public static int[] Extract(string text) => Extract(new IntentText(text), EntityExtractor.Extract(text, reference: null));

    /// <summary>The same, from an utterance the router has already folded and read entities from.</summary>
    public static int[] Extract(IntentText text, IReadOnlyList<IntentEntity> entities)
    {
        // Folded, punctuation dropped, common phone typos fixed (登计 → 登记).
        var compact = Shape(text.Compact);
        var ids = new List<int>(compact.Length * 3 + 24);
        AddGrams(compact, ids);
        foreach (var word in WordSegmenter.Cut(compact))
        {
            ids.Add(Hash(WordSalt, word));
        }
        foreach (var entity in entities)
        {
            // Dates are read only when the user's clock is known; training has none, so the model never relies on them.
            if (entity.Kind != EntityKind.Date)
            {
                ids.Add(EntityFlags[(int)entity.Kind]);
            }
        }
        ids.Add(LengthFlags[LengthBucket(compact.Length)]);
        if (text.HasQuestionMark)
        {
            ids.Add(Flag("question"));
        }
        ids.Add(Bias);
        ids.Sort();
        // Sorted, so duplicates are neighbours: keep the first of each run.
        var distinct = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (i == 0 || ids[i] != ids[distinct - 1])
            {
                ids[distinct++] = ids[i];
            }
        }
        return ids.GetRange(0, distinct).ToArray();
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
        for (var n = 1; n <= 3; n++)
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

    private static readonly int[] EntityFlags = Enum.GetValues<EntityKind>().Select(k => Flag("entity:" + k)).ToArray();
    private static readonly int[] LengthFlags = Enumerable.Range(0, 6).Select(b => Flag("length:" + (2 << b))).ToArray();

    // Buckets of 2, 4, 8, 16, 32 and more characters.
    private static int LengthBucket(int length) => length switch
    {
        <= 2 => 0,
        <= 4 => 1,
        <= 8 => 2,
        <= 16 => 3,
        <= 32 => 4,
        _ => 5,
    };

    private static readonly int Bias = Flag("bias");

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
