using System.Text;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Answers;

/// <summary>
/// Answers a question from the loaded texts only: a short extractive answer first, quoting the clauses it rests on,
/// then one line per source, each marked [n] (<see cref="ReplyText"/>). With nothing relevant found it says so, names the documents searched, and cites nothing.
/// </summary>
public sealed class GroundedAnswerComposer
{
    private const int MaxExcerpt = 160;

    private readonly ClauseSearch _search;
    private readonly GroundedAnswerOptions _options;

    public GroundedAnswerComposer(ClauseSearch search, GroundedAnswerOptions? options = null)
    {
        _search = search;
        _options = options ?? new GroundedAnswerOptions();
    }

    public ClauseSearch Search => _search;

    public GroundedAnswer Compose(string question, string? jurisdiction = null) =>
        Compose(_search.Search(question, jurisdiction, top: 5));

    public GroundedAnswer Compose(SearchResult result)
    {
        var corpus = _search.Corpus;
        var searched = corpus.Documents.Select(d => d.ShortName).ToList();
        var chosen = ChooseClauses(result);
        if (chosen.Count == 0)
            return NoGrounding(result, searched);

        var scorer = new SentenceScorer(_search, result.Query.Terms);
        var citations = new List<Citation>();
        var direct = new StringBuilder();
        string? firstSentence = null;
        foreach (var (clause, inShortAnswer) in chosen)
        {
            var position = citations.Count + 1;
            citations.Add(CitationFor(clause, position, scorer) with { InAnswer = inShortAnswer });
            if (!inShortAnswer) continue;

            var parent = clause.ParentId is null ? null : corpus.FindClause(clause.ParentId);
            var sentence = result.Query.DirectReference is not null
                ? $"{citations[^1].DocumentShortName}{citations[^1].ClauseLabel}规定：{ExtractiveSummary.Compress(SentenceSplitter.Split(clause.Text)[0].TrimEnd('。', '；'), scorer, _options.MaxSentenceLength)}"
                : ExtractiveSummary.BestSentence(clause, parent, scorer, _options.MaxSentenceLength);
            firstSentence ??= sentence;
            if (direct.Length > 0) direct.Append('；');
            direct.Append(sentence).Append($"[{position}]");
        }
        direct.Append('。');

        // "要追责吗" is answered "要。" first, but only when the quoted sentence itself says so.
        if (result.Query.DirectReference is null && firstSentence is not null
            && YesNoVerdict.For(result.Query.Original, firstSentence, _search.Synonyms) is { } verdict)
            direct.Insert(0, verdict);

        // Each clause's words are shown once: what the short answer quotes is not quoted again under it.
        var said = direct.ToString();
        for (var i = 0; i < citations.Count; i++)
        {
            if (!citations[i].InAnswer) continue;
            var unsaid = UnsaidQuote.Of(citations[i].Quote, said);
            if (unsaid.Length > 0) citations[i] = citations[i] with { Quote = unsaid, InAnswer = false };
        }

        // Markers and citations are built together; Reconcile keeps that invariant should either change.
        var (finalText, finalCitations) = CitationMarkers.Reconcile(ReplyText.Compose(said, citations), citations);

        return new GroundedAnswer
        {
            Question = result.Query.Original,
            Text = finalText,
            DirectAnswer = direct.ToString(),
            Citations = finalCitations,
            IsGrounded = true,
            SearchedDocuments = searched,
        };
    }

    /// <summary>The top clause, a close second, and national rules beside local ones (quoted, not summarized).</summary>
    private List<(Clause Clause, bool InShortAnswer)> ChooseClauses(SearchResult result)
    {
        var relevant = result.Relevant;
        if (relevant.Count == 0) return [];

        var first = relevant[0];
        var chosen = new List<(Clause, bool)> { (first.Clause, true) };
        foreach (var hit in relevant.Skip(1))
        {
            if (chosen.Count >= _options.MaxAnswerClauses || first.Score == double.MaxValue) break;
            // Only the same document speaks in the short answer, unless another document's clause scores about as
            // high: then the search is unsure between the two and the answer gives both.
            if (hit.Clause.DocumentId != first.Clause.DocumentId && hit.Score < first.Score * _options.UnsureShare) continue;
            if (hit.ComplementsTop || hit.Score >= first.Score * _options.SecondClauseShare)
                chosen.Add((hit.Clause, true));
        }

        var corpus = _search.Corpus;
        var local = result.Query.Jurisdiction is { } j && j != JurisdictionNames.National;
        if (local && !chosen.Any(c => corpus.DocumentOf(c.Item1).IsNational))
        {
            var national = relevant.FirstOrDefault(h => corpus.DocumentOf(h.Clause).IsNational);
            if (national is not null) chosen.Add((national.Clause, false));
        }
        return chosen;
    }

    private Citation CitationFor(Clause clause, int position, SentenceScorer scorer)
    {
        var document = _search.Corpus.DocumentOf(clause);
        var quote = ExtractiveSummary.Excerpt(clause.Text, scorer, _options.MaxQuoteLength);
        return Citation.Of(document, clause, position, quote,
            Truncate(quote.Length <= MaxExcerpt ? quote : ExtractiveSummary.Excerpt(clause.Text, scorer, MaxExcerpt), MaxExcerpt));
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private GroundedAnswer NoGrounding(SearchResult result, IReadOnlyList<string> searched)
    {
        string text;
        if (result.Query.DirectReference is { } reference && _search.Corpus.FindDocument(reference.DocumentId) is { } document)
        {
            text = $"已加载的《{document.Title}》中没有找到{ReferenceLabel(document, reference)}。可以说“规定列表”看看已加载哪些文件。";
        }
        else
        {
            text = $"已加载的{searched.Count}份文件（{string.Join("、", searched)}）中没有找到能回答这个问题的规定，无法据此回答。"
                 + "可以换个问法，或说“规定列表”看看已加载哪些文件。";
        }
        var related = Related(result);
        var direct = text;
        if (related.Count > 0)
            text = ReplyText.Compose(text + "\n可能相关（不能直接回答这个问题）：", related);
        return new GroundedAnswer
        {
            Question = result.Query.Original,
            Text = text,
            DirectAnswer = direct,
            Citations = related,
            IsGrounded = false,
            SearchedDocuments = searched,
        };
    }

    /// <summary>
    /// In the domain but not answered: when the best clause is about what the question is about (it shares a telling
    /// word with it), the closest clauses are offered as possibly related so the officer can read them; the answer
    /// still says the texts do not answer.
    /// </summary>
    private List<Citation> Related(SearchResult result)
    {
        if (result.Features is not { SharesTellingWord: true }) return [];
        var scorer = new SentenceScorer(_search, result.Query.Terms);
        return result.Hits.Take(_options.MaxRelated).Select((h, k) => CitationFor(h.Clause, k + 1, scorer)).ToList();
    }

    private static string ReferenceLabel(RegulationDocument document, ClauseReference reference)
    {
        var number = document.Structure switch
        {
            DocumentStructure.NumberedPoints => $"第{reference.Number}点",
            DocumentStructure.Sections => $"第{Language.Numbers.ChineseNumeral.Format(reference.Number)}部分",
            _ => $"第{Language.Numbers.ChineseNumeral.Format(reference.Number)}条",
        };
        return reference.Item is { } item ? $"{number}第（{Language.Numbers.ChineseNumeral.Format(item)}）项" : number;
    }
}
