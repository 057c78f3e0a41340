using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// The procedural rules the advisor keeps for a document (hearing, decision document, announcement, appeal, who
/// proposes and decides, consequences, lifelong accountability) that a procedural question asks about, as a grounded
/// answer. The regulation answer handles procedural questions; this is what the host may send when that finds nothing.
/// </summary>
public sealed class ProcedureAnswerComposer(RegulationCorpus corpus, AccountabilityRules rules)
{
    /// <summary>Null when the question names no kind of procedure, or the document keeps no rule of that kind.</summary>
    public GroundedAnswer? Compose(string question, DocumentRules document)
    {
        var scanner = new PhraseScanner(question);
        var kinds = rules.Vocabulary.ProcedureKinds.Where(k => scanner.ContainsAny(k.Value)).Select(k => k.Key).ToHashSet();
        if (kinds.Count == 0) return null;
        // "要对他免职，由谁提建议" asks about the rung that imposes 免职, not every rung.
        var groups = document.Steps.Where(s => s.Measures.Any(scanner.Contains)).Select(s => s.Group).ToHashSet();
        var notes = document.Notes
            .Where(n => kinds.Contains(n.Kind) && (n.Group is null || groups.Count == 0 || groups.Contains(n.Group)))
            .DistinctBy(n => n.Text)
            .Cast<IClauseRule>()
            .Select(n => (Text: ((RuleNote)n).Text, Rule: n))
            .ToList();
        if (notes.Count == 0 && kinds.Contains("decider"))
            notes = DecidersOfTheRungs(document, groups).ToList();
        if (notes.Count == 0) return null;

        var cite = new CitationList(corpus);
        var name = corpus.FindDocument(document.Document)?.ShortName ?? document.Document;
        var lines = new List<string>
        {
            $"结论：{string.Join("；", notes.Select(n => n.Text + cite.Cite(n.Rule)))}。",
            $"· 适用：{name}",
        };
        return AdvisorAnswer.From(question, lines, cite, [name]);
    }

    /// <summary>A document without procedure notes (中央实施办法) names the decider in each rung's own clause.</summary>
    private static IEnumerable<(string Text, IClauseRule Rule)> DecidersOfTheRungs(DocumentRules document, IReadOnlySet<string> groups) =>
        document.Steps.Where(s => s.Decider is not null && s.Additive is null && s.Situations.Count == 0 && (groups.Count == 0 || groups.Contains(s.Group)))
            .Select(s => ($"{string.Join("、", s.Measures)}：由{s.Decider}作出决定", (IClauseRule)s));
}
