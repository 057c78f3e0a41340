using System.Text.RegularExpressions;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Regulations.Text;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Checks a model-written answer against the clauses it was given: every [n] names one of them, every article
/// number and every quotation it contains is found in a clause it cites. Article numbers are never invented.
/// </summary>
public static partial class AnswerGuard
{
    public static GuardVerdict Check(string answer, IReadOnlyList<Citation> citations, RegulationCorpus corpus)
    {
        if (string.IsNullOrWhiteSpace(answer)) return GuardVerdict.Reject("empty answer");

        var positions = CitationMarkers.Referenced(answer);
        if (positions.Count == 0) return GuardVerdict.Reject("no [n] marker");
        var unknown = positions.Where(p => citations.All(c => c.Position != p)).ToList();
        if (unknown.Count > 0) return GuardVerdict.Reject($"marker [{unknown[0]}] names no retrieved clause");

        var cited = citations.Where(c => positions.Contains(c.Position)).ToList();
        var sources = cited.Select(c => Squeeze(SourceText(c, corpus))).ToList();

        foreach (Match m in ArticleNumber().Matches(answer))
        {
            var reference = Canonical(m);
            if (!sources.Any(s => s.Contains(reference, StringComparison.Ordinal)))
                return GuardVerdict.Reject($"{m.Value} is not in a cited clause");
        }

        foreach (Match m in Quotation().Matches(answer))
        {
            foreach (var piece in m.Groups["q"].Value.Split(['…', '⋯'], StringSplitOptions.RemoveEmptyEntries).Select(Squeeze).Where(p => p.Length >= 2))
                if (!sources.Any(s => s.Contains(piece, StringComparison.Ordinal)))
                    return GuardVerdict.Reject($"quotation “{piece}” is not in a cited clause");
        }
        return GuardVerdict.Accept;
    }

    /// <summary>What a citation may be said to contain: its document title, its label, and its text (an item with its lead).</summary>
    private static string SourceText(Citation c, RegulationCorpus corpus)
    {
        var clause = corpus.FindClause(c.ClauseId);
        var parent = clause?.ParentId is { } parentId ? corpus.FindClause(parentId) : null;
        return string.Join("\n", c.DocumentTitle, c.DocumentShortName, c.ClauseLabel, parent?.Label, parent?.Lead, clause?.Text ?? c.Quote);
    }

    /// <summary>第11条第2项 / 第十一条第（二）项 → 第十一条第（二）项, so either spelling is checked the same way.</summary>
    private static string Canonical(Match m)
    {
        var article = $"第{Numeral(m.Groups["n"].Value)}条";
        return m.Groups["m"].Success ? $"{article}第（{Numeral(m.Groups["m"].Value)}）项" : article;
    }

    private static string Numeral(string s) =>
        int.TryParse(s, out var n) && n > 0 ? ChineseNumeral.Format(n) : s;

    private static string Squeeze(string s) => WhiteSpace().Replace(s, "");

    [GeneratedRegex(@"第(?<n>[一二三四五六七八九十百零〇两\d]+)条(?:第?[（(](?<m>[一二三四五六七八九十\d]+)[）)]项?)?")]
    private static partial Regex ArticleNumber();

    [GeneratedRegex(@"[“""「『](?<q>[^”""」』]{2,})[”""」』]")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex WhiteSpace();
}
