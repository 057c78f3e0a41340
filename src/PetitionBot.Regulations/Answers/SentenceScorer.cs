using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Answers;

/// <summary>Scores text by the question's character pairs it contains, rarer pairs counting more.</summary>
public sealed class SentenceScorer
{
    private readonly ClauseSearch _search;
    private readonly HashSet<string> _pairs;

    public SentenceScorer(ClauseSearch search, string queryTerms)
    {
        _search = search;
        _pairs = CharacterGrams.Bigrams(queryTerms).ToHashSet(StringComparer.Ordinal);
    }

    public double Score(string text) =>
        CharacterGrams.Bigrams(_search.Synonyms.Normalize(text)).Distinct().Where(_pairs.Contains).Sum(_search.PairWeight);
}
