using System.Diagnostics;
using System.Text.RegularExpressions;
using PetitionBot.Language.Words;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Regulations.Telemetry;

namespace PetitionBot.Regulations.Search;

/// <summary>
/// Ranked search over every article and item: BM25 over character pairs and over words, everyday sayings read as
/// the texts' terms, the kind of provision a question asks for, a preference for the jurisdiction it is about,
/// exact resolution of "第十一条"-style references, and one calibrated decision whether the best clause answers.
/// </summary>
public sealed partial class ClauseSearch
{
    private readonly RegulationCorpus _corpus;
    private readonly SynonymTable _synonyms;
    private readonly QueryAnalyzer _analyzer;
    private readonly ClauseSearchOptions _options;
    private readonly Bm25Index _index;
    private readonly Bm25Index _wordIndex;
    private readonly string[] _indexTexts;
    private readonly string[][] _subjects;
    private readonly IReadOnlySet<string>[] _kinds;
    private readonly FunctionCharacters _functionCharacters;
    private readonly ClauseTypes _clauseTypes;
    private readonly AnswerabilityModel _answerability;
    private readonly Dictionary<Clause, int> _positions;
    private readonly string[] _clauseJurisdictions;
    private readonly bool[] _clauseIsNational;

    public ClauseSearch(RegulationCorpus corpus, ClauseSearchOptions? options = null, SynonymTable? synonyms = null, QuestionWords? questionWords = null,
        FunctionCharacters? functionCharacters = null, AnswerabilityModel? answerability = null)
    {
        _corpus = corpus;
        _options = options ?? new ClauseSearchOptions();
        _synonyms = synonyms ?? SynonymTable.Default;
        _functionCharacters = functionCharacters ?? FunctionCharacters.Default;
        _clauseTypes = ClauseTypes.Default;
        _answerability = answerability ?? AnswerabilityModel.Default;
        _analyzer = new QueryAnalyzer(corpus, _synonyms, questionWords ?? QuestionWords.Default, kinds: _clauseTypes);
        _indexTexts = corpus.Clauses.Select(IndexText).ToArray();
        _index = new Bm25Index(_indexTexts);
        _kinds = corpus.Clauses.Select(c => _clauseTypes.Tag(c, c.ParentId is null ? null : corpus.FindClause(c.ParentId))).ToArray();
        // The word index also holds each clause's kinds, so "想干嘛" finds the purpose clause with little else to go on.
        _wordIndex = new Bm25Index(_indexTexts.Select((t, i) => (IReadOnlyList<string>)WordTerms.Of(t).Concat(_kinds[i].Select(KindTerm)).ToList()).ToList());
        _subjects = corpus.Clauses.Select(Subjects).ToArray();
        _positions = new Dictionary<Clause, int>(corpus.Clauses.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < corpus.Clauses.Count; i++) _positions[corpus.Clauses[i]] = i;
        _clauseJurisdictions = corpus.Clauses.Select(c => JurisdictionNames.Short(corpus.DocumentOf(c).Jurisdiction)).ToArray();
        _clauseIsNational = corpus.Clauses.Select(c => corpus.DocumentOf(c).IsNational).ToArray();
    }

    // Coverage is only worked out for this many best-scoring clauses; the rest cannot reach the top few anyway,
    // and skipping them keeps large corpora fast.
    private const int Candidates = 64;

    public RegulationCorpus Corpus => _corpus;

    public QueryAnalyzer Analyzer => _analyzer;

    public SynonymTable Synonyms => _synonyms;

    /// <summary>The answer-or-decline decision the search applies.</summary>
    public AnswerabilityModel Answerability => _answerability;

    /// <summary>How telling a character pair is across the corpus (its IDF); rarer pairs weigh more.</summary>
    public double PairWeight(string pair) => _index.Idf("2:" + pair);

    /// <summary>Kinds of provision a clause is (purpose, scope, effective …).</summary>
    public IReadOnlySet<string> KindsOf(Clause clause) => _kinds[IndexOf(clause)];

    /// <param name="query">The user's question, as typed.</param>
    /// <param name="jurisdiction">The caller's jurisdiction (e.g. the user's office), used when the question names none.</param>
    /// <param name="top">How many hits to return (an article and its own item count once).</param>
    public SearchResult Search(string query, string? jurisdiction = null, int top = 5)
    {
        using var span = RegulationTelemetry.Source.StartActivity("regulations search");
        var started = Stopwatch.GetTimestamp();
        var result = SearchUntimed(query, jurisdiction, top);
        RegulationTelemetry.Searched(Stopwatch.GetElapsedTime(started), result.Hits.Count);
        return result;
    }

    private SearchResult SearchUntimed(string query, string? jurisdiction, int top)
    {
        var analyzed = _analyzer.Analyze(query, jurisdiction);

        if (analyzed.DirectReference is { } reference)
        {
            var clause = _corpus.FindClause(reference.ClauseId);
            return new SearchResult(analyzed, clause is null ? [] : [new ClauseHit(clause, double.MaxValue, 1, true)]) { Confidence = clause is null ? 0 : 1 };
        }

        var terms = QueryTerms(analyzed.Terms);
        var words = WordTerms.Of(analyzed.Terms).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0 && words.Count == 0 && analyzed.Kinds.Count == 0) return new SearchResult(analyzed, []);

        var scores = _index.Score(terms);
        var wordTerms = words.ToDictionary(w => w, _ => 1.0, StringComparer.Ordinal);
        foreach (var kind in analyzed.Kinds) wordTerms[KindTerm(kind)] = _options.KindTermWeight;
        var wordScores = _wordIndex.Score(wordTerms);
        // The question cut once into plain stretches and sayings; coverage is worked out over them for every candidate.
        var parts = Parts(analyzed).ToList();
        var ranked = Enumerable.Range(0, scores.Length)
            .Where(i => scores[i] + wordScores[i] > 0)
            .Select(i => (Index: i, Score: (scores[i] + _options.WordWeight * wordScores[i]) * Weight(i, analyzed)))
            .OrderByDescending(p => p.Score)
            .Take(Math.Max(Candidates, top * 4))
            .Select(p => new ClauseHit(_corpus.Clauses[p.Index], p.Score, CharacterCoverage(parts, p.Index), false))
            .ToList();

        var hits = WithoutOverlaps(ranked).Take(top).ToList();
        if (hits.Count == 0) return new SearchResult(analyzed, []);

        var features = Features(hits, parts, analyzed);
        var confidence = _answerability.Probability(features);
        // What only a named document's own clause can say (its effective date, who interprets it) is not answered by
        // another clause of it, however close: that document has no such clause.
        var answers = confidence >= _answerability.Threshold && features.OwnKindMiss == 0;
        AddSecondAspect(hits, terms, analyzed);

        // The best clause answers or nothing does; beside it, clauses close to it in score (or completing it).
        var best = hits[0].Score;
        hits = hits.Select((h, k) => h with
        {
            IsRelevant = answers && (k == 0 || h.ComplementsTop || h.Score >= best * _options.RelevantShare),
        }).ToList();
        PutJurisdictionFirst(hits, analyzed.Jurisdiction);
        return new SearchResult(analyzed, hits.Take(top).ToList()) { Confidence = confidence, Features = features };
    }

    private static string KindTerm(string kind) => "#kind:" + kind;

    private double Weight(int i, AnalyzedQuery query) =>
        JurisdictionWeight(i, query.Jurisdiction) * NamedPlaceWeight(i, query) * SubjectWeight(i, query.Terms) * KindWeight(i, query);

    /// <summary>A question that names a province asks what that province's text says; another province's text
    /// cannot answer it (the national one still stands beside it).</summary>
    private double NamedPlaceWeight(int i, AnalyzedQuery query) =>
        query.NamesDocument && query.Jurisdiction is { } j && j != JurisdictionNames.National
        && !_clauseIsNational[i] && _clauseJurisdictions[i] != j
            ? _options.OtherNamedJurisdiction
            : 1.0;

    /// <summary>
    /// A clause of the kind asked for ranks higher; "本办法自…起施行" answers only for its own document, so when the
    /// question names one, another document's clause of that kind does not.
    /// </summary>
    private double KindWeight(int i, AnalyzedQuery query)
    {
        if (query.Kinds.Count == 0) return 1.0;
        var matched = query.Kinds.Where(_kinds[i].Contains).ToList();
        if (matched.Count == 0) return 1.0;
        var ownDocumentOnly = matched.All(_clauseTypes.SpeaksAboutItsDocument);
        if (ownDocumentOnly && query.NamesDocument && query.Jurisdiction is { } j && _clauseJurisdictions[i] != j)
            return _options.OtherDocumentsOwnKind;
        return _options.KindBoost;
    }

    private AnswerabilityFeatures Features(List<ClauseHit> hits, IReadOnlyList<(string Text, SayingReading? Reading)> parts, AnalyzedQuery query)
    {
        var top = IndexOf(hits[0].Clause);
        var text = _indexTexts[top];
        // A saying's words count once, held when the clause holds the saying or any of the texts' terms it was read as.
        var words = parts
            .SelectMany(p => WordTerms.Of(p.Text).Select(w => (Word: w, Held: p.Reading is { } r
                ? text.Contains(r.Saying, StringComparison.Ordinal) || r.Alternatives.Any(a => text.Contains(a, StringComparison.Ordinal))
                : text.Contains(w, StringComparison.Ordinal))))
            .DistinctBy(p => p.Word)
            .ToList();
        // Words the texts lack altogether weigh by their rarity in Chinese at large: an everyday "时候" or "一起"
        // missing says little, a "律师" or "起诉" missing says the question is about something the texts leave out.
        double covered = 0, unknown = 0, total = 0, rarityTotal = 0, rarest = 0;
        var sharesTellingWord = false;
        foreach (var (w, held) in words)
        {
            // Pronouns, conjunctions, adverbs … frame the question; they say nothing about whether the texts answer it.
            if (FunctionWords.Contains(w)) continue;
            // An everyday saying has been read as the texts' terms beside it; it is understood, not unknown.
            var saying = _synonyms.IsSayingWord(w);
            var known = _wordIndex.Knows(w) || KnownAsCharacters(w) || saying;
            var weight = _wordIndex.Knows(w) ? _wordIndex.Idf(w) : known ? _index.Idf("2:" + w[..2]) : MaxIdf;
            total += weight;
            if (held) covered += weight;
            // ln 2 is the inverse document frequency of a word in exactly half the clauses.
            if (held && _wordIndex.Knows(w) && _wordIndex.Idf(w) > Math.Log(2)) sharesTellingWord = true;
            var rarity = GeneralWordRarity.Of(w);
            rarityTotal += rarity;
            if (!held && !known) unknown += rarity;
            // The rarest word the clause lacks: "律师费" missing says more than any share of everyday words.
            if (!held && !saying) rarest = Math.Max(rarest, rarity);
        }
        var asks = query.Kinds.Count > 0;
        var isKind = asks && query.Kinds.Any(_kinds[top].Contains);
        var amount = AmountQuestion.Asked(query.Original);
        return new AnswerabilityFeatures(
            CharacterCoverage: hits[0].Coverage,
            WordCoverage: total == 0 ? hits[0].Coverage : covered / total,
            UnknownWords: rarityTotal == 0 ? 0 : unknown / rarityTotal,
            KindMatch: isKind ? 1 : 0,
            KindMiss: asks && !isKind ? 1 : 0,
            NamesDocument: query.NamesDocument ? 1 : 0,
            AmountNotStated: amount is { } kind && !AmountQuestion.States(hits[0].Clause.Text, kind) ? 1 : 0,
            ScoreMargin: hits.Count < 2 || hits[0].Score <= 0 ? 1 : Math.Max(0, (hits[0].Score - hits[1].Score) / hits[0].Score),
            RarestMissing: rarest / GeneralWordRarity.Scale,
            OwnKindMiss: query.NamesDocument && asks && query.Kinds.All(_clauseTypes.SpeaksAboutItsDocument) && !isKind ? 1 : 0)
        {
            SharesTellingWord = sharesTellingWord,
        };
    }

    private double MaxIdf => Math.Log(1 + (_index.Count + 0.5) / 0.5);

    /// <summary>A word jieba never cut from the texts may still be written in them ("推诿" inside 推诿扯皮).</summary>
    private bool KnownAsCharacters(string word) =>
        CharacterGrams.Bigrams(word).All(b => _index.Knows("2:" + b));

    private Dictionary<string, double> QueryTerms(string text)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var b in CharacterGrams.Bigrams(text))
            terms["2:" + b] = _functionCharacters.Touches(b) ? _options.FunctionPairWeight : 1.0;
        foreach (var u in CharacterGrams.Unigrams(text))
            terms["1:" + u] = terms.GetValueOrDefault("1:" + u) + _options.UnigramWeight;
        return terms;
    }

    /// <summary>
    /// A question often joins a situation and a consequence ("…落实不力…，情节较轻，怎么处理"). When the best
    /// clause leaves a good part of the question unmatched, the clause that best matches the rest ranks second.
    /// </summary>
    private void AddSecondAspect(List<ClauseHit> hits, Dictionary<string, double> terms, AnalyzedQuery query)
    {
        if (hits.Count == 0) return;
        var pairs = terms.Keys.Where(t => t.StartsWith("2:", StringComparison.Ordinal)).ToList();
        var topIndex = IndexOf(hits[0].Clause);
        var rest = terms.Where(t => !_index.Contains(topIndex, t.Key)).ToDictionary(t => t.Key, t => t.Value);
        var restPairs = rest.Keys.Where(t => t.StartsWith("2:", StringComparison.Ordinal)).ToList();
        if (restPairs.Count < 2 || restPairs.Sum(_index.Idf) < _options.SecondAspectShare * pairs.Sum(_index.Idf)) return;

        var family = hits[0].Clause.ParentId ?? hits[0].Clause.Id;
        var scores = _index.Score(rest);
        var best = Enumerable.Range(0, scores.Length)
            .Where(i => scores[i] > 0 && (_corpus.Clauses[i].ParentId ?? _corpus.Clauses[i].Id) != family)
            .Select(i => (Index: i, Score: scores[i] * JurisdictionWeight(i, query.Jurisdiction)))
            .OrderByDescending(p => p.Score)
            .FirstOrDefault();
        if (best.Score <= 0) return;

        var covered = restPairs.Where(p => _index.Contains(best.Index, p)).Sum(_index.Idf) / restPairs.Sum(_index.Idf);
        if (covered < _options.SecondAspectCoverage) return;

        var clause = _corpus.Clauses[best.Index];
        hits.RemoveAll(h => h.Clause.Id == clause.Id || h.Clause.ParentId == clause.Id || clause.ParentId == h.Clause.Id);
        hits.Insert(1, new ClauseHit(clause, best.Score, covered, false) { ComplementsTop = true });
    }

    /// <summary>
    /// IDF-weighted share of the question's characters that sit in a character pair the clause contains. A saying and
    /// the texts' terms it was read as are alternatives: that part weighs what the saying weighs, covered as well as
    /// the better of them is.
    /// </summary>
    private double CharacterCoverage(IReadOnlyList<(string Text, SayingReading? Reading)> parts, int document)
    {
        double covered = 0, total = 0;
        foreach (var (text, reading) in parts)
        {
            var (c, t) = CharacterCoverage(text, document);
            if (reading is not null && t > 0)
                c = t * reading.Alternatives.Select(a => CharacterCoverage(a, document)).Where(p => p.Total > 0)
                    .Select(p => p.Covered / p.Total).Append(c / t).Max();
            covered += c;
            total += t;
        }
        return total == 0 ? 0 : covered / total;
    }

    /// <summary>The query's terms cut into plain stretches and the sayings read as the texts' terms.</summary>
    private static IEnumerable<(string Text, SayingReading? Reading)> Parts(AnalyzedQuery query)
    {
        var terms = query.Terms;
        var from = 0;
        foreach (var reading in query.Sayings)
        {
            var at = terms.IndexOf(reading.Expanded, from, StringComparison.Ordinal);
            if (at < 0) continue;
            yield return (terms[from..at], null);
            yield return (reading.Saying, reading);
            from = at + reading.Expanded.Length;
        }
        yield return (terms[from..], null);
    }

    private (double Covered, double Total) CharacterCoverage(string terms, int document)
    {
        double covered = 0, total = 0;
        foreach (var run in CharacterGrams.Runs(terms))
        {
            for (var k = 0; k < run.Count; k++)
            {
                var w = _index.Idf("1:" + run[k]);
                total += w;
                var hit = run.Count == 1
                    ? _index.Contains(document, "1:" + run[k])
                    : (k > 0 && _index.Contains(document, "2:" + run[k - 1] + run[k]))
                      || (k + 1 < run.Count && _index.Contains(document, "2:" + run[k] + run[k + 1]));
                if (hit) covered += w;
            }
        }
        return (covered, total);
    }

    private double JurisdictionWeight(int index, string? jurisdiction)
    {
        if (jurisdiction is null) return _clauseIsNational[index] ? _options.NationalByDefault : 1.0;
        if (_clauseJurisdictions[index] == jurisdiction) return _options.LocalBoost;
        if (_clauseIsNational[index]) return _options.NationalBesideLocal;
        return _options.OtherJurisdiction;
    }

    /// <summary>
    /// Articles open with whom they bind ("各级信访部门应当…"); a question naming that subject prefers them.
    /// Items are left out: they open with situations, not subjects.
    /// </summary>
    private double SubjectWeight(int index, string terms) =>
        _subjects[index].Any(s => terms.Contains(s, StringComparison.Ordinal)) ? _options.SubjectBoost : 1.0;

    private string[] Subjects(Clause clause) =>
        clause.IsItem
            ? []
            : clause.Text.Split('\n')
                .Select(p => SubjectPattern().Match(_synonyms.Normalize(p)))
                .Where(m => m.Success)
                .Select(m => m.Groups["subject"].Value)
                .Distinct()
                .ToArray();

    // "各级信访部门应当…" → 信访部门; "垂直管理部门负责…" → 垂直管理部门
    [GeneratedRegex(@"^(?:各级|各)?(?<subject>[\u4e00-\u9fff、]{2,10}?)(?:应当|负责|负有|要)")]
    private static partial Regex SubjectPattern();

    /// <summary>The asked-about jurisdiction's best relevant clause leads, even if a national one scored higher.</summary>
    private void PutJurisdictionFirst(List<ClauseHit> hits, string? jurisdiction)
    {
        if (jurisdiction is null) return;
        var local = hits.FindIndex(h => h.IsRelevant && JurisdictionNames.Short(_corpus.DocumentOf(h.Clause).Jurisdiction) == jurisdiction);
        if (local <= 0) return;
        var hit = hits[local];
        hits.RemoveAt(local);
        hits.Insert(0, hit);
    }

    /// <summary>An article and its own items say the same thing; keep whichever ranks higher.</summary>
    private static IEnumerable<ClauseHit> WithoutOverlaps(IEnumerable<ClauseHit> ranked)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in ranked)
        {
            var family = hit.Clause.ParentId ?? hit.Clause.Id;
            if (taken.Contains(hit.Clause.Id) || (hit.Clause.ParentId is not null && taken.Contains(hit.Clause.ParentId)))
                continue;
            if (hit.Clause.ParentId is null && taken.Any(t => t.StartsWith(family + ".", StringComparison.Ordinal)))
                continue;
            taken.Add(hit.Clause.Id);
            yield return hit;
        }
    }

    private int IndexOf(Clause clause) =>
        _positions.TryGetValue(clause, out var i) ? i : throw new InvalidOperationException($"{clause.Id} is not in this corpus.");

    /// <summary>What a clause is found by: its heading, for items the article's lead-in, and its text.</summary>
    private string IndexText(Clause clause)
    {
        var parts = new List<string?> { clause.Heading };
        if (clause.ParentId is not null) parts.Add(_corpus.FindClause(clause.ParentId)?.Lead);
        parts.Add(clause.Text);
        return _synonyms.Normalize(string.Join("。", parts.Where(p => !string.IsNullOrEmpty(p))));
    }
}
