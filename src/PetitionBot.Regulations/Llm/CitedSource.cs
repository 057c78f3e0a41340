using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// What a sentence's markers let it claim: for each cited clause, its document (title, short name, number), its
/// label and its article's label and lead (for an item), and its text — raw and in <see cref="NormalForm"/>.
/// </summary>
public sealed class CitedSource
{
    private CitedSource(string raw, string normal, IReadOnlyList<Citation> citations, IReadOnlyList<RegulationDocument> documents)
    {
        Raw = raw;
        Normal = normal;
        Citations = citations;
        Documents = documents;
    }

    public string Raw { get; }
    public string Normal { get; }
    public IReadOnlyList<Citation> Citations { get; }
    public IReadOnlyList<RegulationDocument> Documents { get; }

    public static CitedSource Of(IEnumerable<Citation> cited, RegulationCorpus corpus)
    {
        var citations = cited.ToList();
        var parts = new List<string?>();
        var documents = new List<RegulationDocument>();
        foreach (var c in citations)
        {
            var clause = corpus.FindClause(c.ClauseId);
            var parent = clause?.ParentId is { } parentId ? corpus.FindClause(parentId) : null;
            var document = clause is null ? null : corpus.DocumentOf(clause);
            if (document is not null && !documents.Contains(document)) documents.Add(document);
            parts.AddRange([c.DocumentTitle, c.DocumentShortName, document?.DocumentNumber, c.ClauseLabel, parent?.Label, parent?.Lead, clause?.Text ?? c.Quote]);
        }
        var raw = string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
        return new CitedSource(raw, NormalForm.Of(raw), citations, documents);
    }
}
