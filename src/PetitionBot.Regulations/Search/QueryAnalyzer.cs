using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Regulations.Search;

/// <summary>Finds jurisdiction, document names and clause references in a question, and what remains to search.</summary>
public sealed partial class QueryAnalyzer
{
    private static readonly string[] DocumentKinds = ["实施办法", "实施细则", "责任追究办法", "办法", "细则", "意见", "规定"];

    // Words that, next to a clause number, still only ask for the clause itself.
    private static readonly string[] ReferenceFiller =
        ["规定了", "规定", "内容", "原文", "全文", "条文", "说了", "讲了", "说的", "讲的", "写的", "看看", "查看", "一下", "查", "看", "的", "是", "了", "讲", "说"];

    private readonly RegulationCorpus _corpus;
    private readonly SynonymTable _synonyms;
    private readonly QuestionWords _questionWords;
    private readonly (string Name, string DocumentId)[] _documentNames;
    private readonly (string Alias, string Jurisdiction)[] _jurisdictionAliases;
    private readonly DocumentNames _looseNames;
    private readonly ClauseTypes _kinds;

    public QueryAnalyzer(RegulationCorpus corpus, SynonymTable synonyms, QuestionWords questionWords, DocumentNames? looseNames = null, ClauseTypes? kinds = null)
    {
        _corpus = corpus;
        _synonyms = synonyms;
        _questionWords = questionWords;
        _looseNames = looseNames ?? Search.DocumentNames.Default;
        _kinds = kinds ?? ClauseTypes.Default;
        _documentNames = corpus.Documents
            .SelectMany(d => NamesOf(d).Select(n => (Name: synonyms.Normalize(n), DocumentId: d.Id)))
            .DistinctBy(p => p.Name)
            .OrderByDescending(p => p.Name.Length)
            .ToArray();
        _jurisdictionAliases = corpus.Documents
            .SelectMany(d => JurisdictionNames.Aliases(d.Jurisdiction)
                .Concat(_looseNames.AbbreviatedNames(JurisdictionNames.Short(d.Jurisdiction)))
                .Select(a => (Alias: synonyms.Normalize(a), Jurisdiction: JurisdictionNames.Short(d.Jurisdiction))))
            .DistinctBy(p => p.Alias)
            .OrderByDescending(p => p.Alias.Length)
            .ToArray();
    }

    public AnalyzedQuery Analyze(string question, string? callerJurisdiction)
    {
        // Full-width letters and digits to ASCII; everyday sayings get the texts' terms beside them; question
        // words out before synonyms fold (有没有 ≠ 有未有).
        var text = question.Normalize(System.Text.NormalizationForm.FormKC);
        var kinds = _kinds.Read(text);
        var found = new List<SayingReading>();
        text = _synonyms.Normalize(_questionWords.Strip(_synonyms.ExpandSayings(text, found)));
        var sayings = found.Select(r => new SayingReading(_synonyms.Normalize(r.Saying), _synonyms.Normalize(r.Terms))).ToList();

        string? documentId = null;
        foreach (var (name, id) in _documentNames)
        {
            if (!text.Contains(name, StringComparison.Ordinal)) continue;
            documentId ??= id;
            text = text.Replace(name, "。", StringComparison.Ordinal);
        }

        string? jurisdiction = documentId is null ? null : JurisdictionNames.Short(_corpus.FindDocument(documentId)!.Jurisdiction);
        // "江苏中央领导的批示件": a province named beside 中央 is what is asked about, and 中央 stays a word of the question.
        var namedPlaces = _jurisdictionAliases.Where(a => text.Contains(a.Alias, StringComparison.Ordinal)).ToList();
        var local = namedPlaces.Any(a => a.Jurisdiction != JurisdictionNames.National);
        foreach (var (alias, j) in namedPlaces)
        {
            if (local && j == JurisdictionNames.National) continue;
            jurisdiction ??= j;
            text = text.Replace(alias, "。", StringComparison.Ordinal);
        }
        var named = jurisdiction is not null;

        // "省里的细则": the caller's own jurisdiction, named in the question.
        foreach (var own in _looseNames.Own)
        {
            if (!text.Contains(own, StringComparison.Ordinal)) continue;
            if (jurisdiction is null && !string.IsNullOrWhiteSpace(callerJurisdiction))
            {
                jurisdiction = JurisdictionNames.Short(callerJurisdiction);
                named = true;
            }
            text = text.Replace(own, "。", StringComparison.Ordinal);
        }
        if (jurisdiction is null && !string.IsNullOrWhiteSpace(callerJurisdiction))
            jurisdiction = JurisdictionNames.Short(callerJurisdiction);

        // Once a document is named, "那个办法" says nothing more about what is asked.
        if (named)
            foreach (var filler in _looseNames.Kinds)
                text = text.Replace(filler, "。", StringComparison.Ordinal);

        var reference = FindDirectReference(text, documentId, jurisdiction);

        return new AnalyzedQuery
        {
            Original = question,
            Terms = text.Trim(),
            Sayings = sayings.Where(r => text.Contains(r.Expanded, StringComparison.Ordinal)).ToList(),
            Jurisdiction = jurisdiction,
            DocumentId = documentId,
            NamesDocument = named,
            Kinds = kinds,
            DirectReference = reference,
        };
    }

    private ClauseReference? FindDirectReference(string text, string? documentId, string? jurisdiction)
    {
        var m = ReferencePattern().Match(text);
        if (!m.Success) return null;

        var residual = text.Remove(m.Index, m.Length);
        foreach (var filler in ReferenceFiller)
            residual = residual.Replace(filler, "", StringComparison.Ordinal);
        if (CharacterGrams.Unigrams(residual).Count() > 1) return null; // a question that merely mentions a clause

        var number = ParseNumber(m.Groups["n"].Value);
        var itemText = m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["m2"].Value;
        int? item = itemText.Length > 0 ? ParseNumber(itemText) : null;
        if (number is null) return null;

        var document = documentId
            ?? _corpus.Documents.FirstOrDefault(d => jurisdiction is not null && JurisdictionNames.Short(d.Jurisdiction) == jurisdiction)?.Id
            ?? _corpus.Documents.FirstOrDefault(d => d.IsNational)?.Id
            ?? _corpus.Documents[0].Id;
        return new ClauseReference(document, number.Value, item);
    }

    private static int? ParseNumber(string s) => int.TryParse(s, out var n) ? n : ChineseNumeral.ParseWhole(s);

    private static IEnumerable<string> NamesOf(RegulationDocument d)
    {
        yield return d.Title;
        yield return d.ShortName;
        foreach (var number in Search.DocumentNames.NumberAliases(d.DocumentNumber))
            yield return number;
        foreach (var alias in JurisdictionNames.Aliases(d.Jurisdiction))
            foreach (var kind in DocumentKinds)
                if (d.Title.EndsWith(kind, StringComparison.Ordinal) || kind == "规定")
                    yield return alias + kind;
    }

    // 第十一条, 第11条, 第十一条第（二）项, 第十一条第二项, 第6点
    [GeneratedRegex(@"第(?<n>[一二三四五六七八九十百零〇两\d]+)[条点](?:第?[（(](?<m>[一二三四五六七八九十\d]+)[）)]项?|第(?<m2>[一二三四五六七八九十\d]+)项)?")]
    private static partial Regex ReferencePattern();
}
