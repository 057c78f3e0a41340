using PetitionBot.Language.Text;

namespace PetitionBot.Language.Intents;

/// <summary>An utterance folded for keyword rules: no spaces or punctuation, common typos fixed.</summary>
internal sealed class IntentText
{
    // Homophone and near-miss typos seen when officers type on phones.
    private static readonly (string Typo, string Fix)[] Typos =
    [
        ("登计", "登记"), ("等记", "登记"), ("登纪", "登记"), ("灯记", "登记"), ("等级来访", "登记来访"),
        ("查寻", "查询"), ("察询", "查询"), ("近展", "进展"), ("进站", "进展"), ("帮组", "帮助"), ("帮住", "帮助"),
        ("提型", "提醒"), ("体醒", "提醒"), ("追则", "追责"), ("问则", "问责"), ("来方", "来访"), ("来仿", "来访"),
        ("受里", "受理"), ("办洁", "办结"), ("答付", "答复"), ("复合", "复核"), ("逾其", "逾期"), ("超其", "超期"),
        ("到其", "到期"), ("规订", "规定"), ("条列", "条例"), ("诫免", "诫勉"), ("戒勉", "诫勉"), ("延其", "延期"),
    ];

    private static readonly KeywordList TypoWords = new(Typos.Select(t => t.Typo));

    public IntentText(string raw)
    {
        Raw = raw;
        var compact = TextNormalizer.Compact(raw);
        // Most texts have no typo; when one has, the fixes run in order as always (a fix may complete a later typo).
        if (TypoWords.IsIn(compact))
        {
            foreach (var (typo, fix) in Typos)
            {
                compact = compact.Replace(typo, fix, StringComparison.Ordinal);
            }
        }
        Compact = compact;
        HasQuestionMark = HasFoldedQuestionMark(raw);
    }

    public string Raw { get; }

    public string Compact { get; }

    public bool HasQuestionMark { get; }

    public bool Has(string word) => Compact.Contains(word, StringComparison.Ordinal);

    public bool HasAny(KeywordList words) => words.IsIn(Compact);

    public int CountOf(KeywordList words) => words.CountIn(Compact);

    public T? FirstOf<T>(KeywordMap<T> words) where T : struct => words.FirstIn(Compact);

    public bool IsOneOf(IEnumerable<string> phrases) => phrases.Contains(Compact, StringComparer.Ordinal);

    /// <summary>The text is the phrase plus at most a few filler characters (吧, 了, 啊, 请 …).</summary>
    public bool IsShortFor(KeywordList phrases, int slack = 3) => phrases.IsNearlyAllOf(Compact, slack);

    private static bool HasFoldedQuestionMark(string raw)
    {
        foreach (var c in raw)
        {
            if (TextNormalizer.FoldChar(c) == '?')
            {
                return true;
            }
        }
        return false;
    }
}
