using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Answers;

/// <summary>
/// The one-word answer to a yes/no question ("要追责吗" → "要。", "可以申诉吗" → "可以。", "还能评先进吗" → "不能。"),
/// given only when the quoted sentence itself says so: it contains what was asked about and a modal word of the
/// same kind (应当 for 要, 可以 for 可以) or a prohibition (不得). Otherwise there is no verdict and the quoted
/// sentence answers on its own.
/// </summary>
public static class YesNoVerdict
{
    private enum Kind { Must, May, Will }

    // The asking word, longest first: which kind of answer it wants and how to say yes / no.
    private static readonly (string Word, Kind Kind, string Yes, string? No)[] Askers =
    [
        ("需不需要", Kind.Must, "需要。", null), ("要不要", Kind.Must, "要。", null), ("该不该", Kind.Must, "应当。", null),
        ("可不可以", Kind.May, "可以。", "不可以。"), ("能不能", Kind.May, "可以。", "不能。"), ("会不会", Kind.Will, "会。", "不会。"),
        ("是否需要", Kind.Must, "需要。", null), ("是否要", Kind.Must, "要。", null), ("是否应当", Kind.Must, "应当。", null),
        ("是否可以", Kind.May, "可以。", "不可以。"), ("是否会", Kind.Will, "会。", "不会。"),
        ("需要", Kind.Must, "需要。", null), ("应当", Kind.Must, "应当。", null), ("应该", Kind.Must, "应当。", null), ("必须", Kind.Must, "要。", null),
        ("可以", Kind.May, "可以。", "不可以。"), ("能否", Kind.May, "可以。", "不能。"), ("可否", Kind.May, "可以。", "不可以。"),
        ("还能", Kind.May, "可以。", "不能。"), ("能够", Kind.May, "可以。", "不能。"),
        ("会被", Kind.Will, "会。", "不会。"), ("是否", Kind.Must, "要。", null), ("要", Kind.Must, "要。", null), ("会", Kind.Will, "会。", "不会。"),
    ];

    private static readonly string[] AntonymAskers = ["需不需要", "要不要", "该不该", "可不可以", "能不能", "会不会", "能否", "可否", "是否"];

    // What the quoted sentence must say for a yes: an obligation answers 要 and 会 (a rule that says 应当追究 means it
    // will be pursued); a permission answers 可以.
    private static readonly string[] Obligations = ["应当", "应", "必须", "须", "要", "实行", "予以"];
    private static readonly string[] Permissions = ["可以", "可"];
    private static readonly string[] Prohibitions = ["不得", "不能", "不准", "禁止", "不可", "不应"];

    // Words holding a modal character without being modal (重要 is not 要).
    private static readonly string[] NotModal = ["重要", "主要", "紧要", "必要", "需要", "可能", "应急", "相应", "反应", "认可"];

    private const double MinActionCoverage = 0.5;

    /// <returns>"要。", "可以。", "不能。" …, or null when the question is not a yes/no question or the sentence does not settle it.</returns>
    public static string? For(string question, string sentence, SynonymTable synonyms)
    {
        var asked = Asked(question.Normalize(System.Text.NormalizationForm.FormKC));
        if (asked is null) return null;
        var (asker, action) = asked.Value;

        var actionPairs = CharacterGrams.Bigrams(synonyms.Normalize(action)).Distinct().ToList();
        if (actionPairs.Count == 0) return null;

        // The comma phrase of the sentence that says most about the asked action.
        var best = (Phrase: "", Coverage: 0.0);
        var phrases = sentence.Split(['，', ',', '；', ';', '：', ':'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < phrases.Length; i++)
        {
            var pairs = CharacterGrams.Bigrams(synonyms.Normalize(phrases[i])).ToHashSet(StringComparer.Ordinal);
            var coverage = actionPairs.Count(pairs.Contains) / (double)actionPairs.Count;
            if (coverage > best.Coverage) best = (phrases[i], coverage);
        }
        var whole = CharacterGrams.Bigrams(synonyms.Normalize(sentence)).ToHashSet(StringComparer.Ordinal);
        if (actionPairs.Count(whole.Contains) / (double)actionPairs.Count < MinActionCoverage) return null;

        if (Prohibitions.Any(p => best.Phrase.Contains(p, StringComparison.Ordinal)))
            return asker.No;
        if (Prohibitions.Any(p => sentence.Contains(p, StringComparison.Ordinal)) || sentence.Contains("不承担", StringComparison.Ordinal))
            return null; // a negation elsewhere in the sentence: let the words speak
        var plain = NotModal.Aggregate(sentence, (text, word) => text.Replace(word, "", StringComparison.Ordinal));
        var says = asker.Kind == Kind.May ? Permissions.Concat(Obligations) : Obligations;
        return says.Any(w => plain.Contains(w, StringComparison.Ordinal)) ? asker.Yes : null;
    }

    private static bool InsideNonModalWord(string text, int at, string word) =>
        NotModal.Any(w =>
        {
            var offset = w.IndexOf(word, StringComparison.Ordinal);
            return offset >= 0 && at - offset >= 0 && at - offset + w.Length <= text.Length
                   && string.CompareOrdinal(text, at - offset, w, 0, w.Length) == 0;
        });

    /// <summary>The asking word and what it asks about ("要追责吗" → 要, 追责); null for other questions.</summary>
    private static ((string Word, Kind Kind, string Yes, string? No) Asker, string Action)? Asked(string question)
    {
        var q = question.Trim().TrimEnd('？', '?', '。', '！', '!', ' ');
        var endsWithMa = q.EndsWith('吗') || q.EndsWith('么');
        if (endsWithMa) q = q[..^1];

        // The last asking word governs: in "湖南对逾期未办结的要追责吗" it is the final 要; of two ending at the same
        // place the longer one (要不要 over 要).
        var found = Askers
            .Select(a => (Asker: a, At: q.LastIndexOf(a.Word, StringComparison.Ordinal)))
            .Where(a => a.At >= 0 && !InsideNonModalWord(q, a.At, a.Asker.Word))
            .OrderByDescending(a => a.At + a.Asker.Word.Length)
            .ThenByDescending(a => a.Asker.Word.Length)
            .FirstOrDefault();
        if (found.Asker.Word is null) return null;
        if (!endsWithMa && !AntonymAskers.Contains(found.Asker.Word)) return null; // "要怎么处理" is not a yes/no question
        var action = q[(found.At + found.Asker.Word.Length)..].Trim('，', ',', ' ');
        if (action.Length >= 2) return (found.Asker, action);
        return null;
    }
}
