using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Answers;

/// <summary>Scores text by the question's character pairs it contains, rarer pairs counting more.</summary>
public sealed class SentenceScorer
{
    private readonly ClauseSearch _search;
    private readonly HashSet<string> _pairs;

    public SentenceScorer(ClauseSearch search, string queryTerms)
        : this(search, CharacterGrams.Bigrams(queryTerms).ToHashSet(StringComparer.Ordinal))
    {
    }

    private SentenceScorer(ClauseSearch search, HashSet<string> pairs)
    {
        _search = search;
        _pairs = pairs;
    }

    /// <summary>A scorer for what <paramref name="text"/> does not already cover.</summary>
    public SentenceScorer Without(string text)
    {
        var covered = CharacterGrams.Bigrams(_search.Synonyms.Normalize(text)).ToHashSet(StringComparer.Ordinal);
        return new SentenceScorer(_search, _pairs.Where(p => !covered.Contains(p)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Weight of the rarest question pair the text contains; 0 if none.</summary>
    public double RarestMatch(string text) =>
        CharacterGrams.Bigrams(_search.Synonyms.Normalize(text)).Where(_pairs.Contains).Select(_search.PairWeight).DefaultIfEmpty(0).Max();

    public double Score(string text) =>
        CharacterGrams.Bigrams(_search.Synonyms.Normalize(text)).Distinct().Where(_pairs.Contains).Sum(_search.PairWeight);
}
