using PetitionBot.Regulations.Answers;

namespace PetitionBot.Regulations.Accountability;

/// <summary>The advisor's lines as a grounded answer: the first line is the direct answer, its [n] markers the citations.</summary>
internal static class AdvisorAnswer
{
    public static GroundedAnswer From(string question, IReadOnlyList<string> lines, CitationList cite, IReadOnlyList<string> searchedDocuments)
    {
        var citations = cite.Build();
        return new GroundedAnswer
        {
            Question = question,
            Text = ReplyText.Compose(string.Join("\n", lines), citations).TrimEnd(),
            DirectAnswer = lines[0],
            Citations = citations,
            IsGrounded = true,
            SearchedDocuments = searchedDocuments,
        };
    }
}
