using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>Extractive answers citing chosen clauses, so the model's tests do not depend on what retrieval ranks first.</summary>
public static class CitedAnswers
{
    public static IReadOnlyList<Citation> Citations(RegulationCorpus corpus, params string[] clauseIds) =>
        clauseIds.Select((id, i) => Cite(corpus, i + 1, id)).ToList();

    public static GroundedAnswer Extractive(RegulationCorpus corpus, string question, params string[] clauseIds)
    {
        var citations = Citations(corpus, clauseIds);
        var direct = string.Concat(citations.Select(c => $"{c.Quote}[{c.Position}]"));
        return new GroundedAnswer
        {
            Question = question,
            Text = ReplyText.Compose(direct, citations),
            DirectAnswer = direct,
            Citations = citations,
            IsGrounded = true,
            SearchedDocuments = corpus.Documents.Select(d => d.ShortName).ToList(),
        };
    }

    private static Citation Cite(RegulationCorpus corpus, int position, string clauseId)
    {
        var clause = corpus.FindClause(clauseId) ?? throw new ArgumentException($"No clause {clauseId}.");
        var document = corpus.DocumentOf(clause);
        return Citation.Of(document, clause, position, clause.Text, clause.Text.Length <= 160 ? clause.Text : clause.Text[..159] + "…");
    }
}
