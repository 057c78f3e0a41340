namespace PetitionBot.Regulations.Search;

/// <summary>Okapi BM25 over index terms: character unigrams and bigrams, or words.</summary>
public sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int>[] _termFrequencies;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Document, int Frequency)[]> _postings;
    private readonly double _averageLength;

    /// <summary>Character unigrams and bigrams of each text; a text's length is its character count.</summary>
    public Bm25Index(IReadOnlyList<string> texts)
        : this(texts.Select(t => (IReadOnlyList<string>)Terms(t).ToList()).ToList(), texts.Select(t => CharacterGrams.Unigrams(t).Count()).ToList())
    {
    }

    /// <summary>Given terms of each document (e.g. its words); a document's length is its term count.</summary>
    public Bm25Index(IReadOnlyList<IReadOnlyList<string>> documents, IReadOnlyList<int>? lengths = null)
    {
        _termFrequencies = new Dictionary<string, int>[documents.Count];
        _lengths = new int[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var tf = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in documents[i])
                tf[term] = tf.GetValueOrDefault(term) + 1;
            _termFrequencies[i] = tf;
            _lengths[i] = lengths?[i] ?? documents[i].Count;
            foreach (var term in tf.Keys)
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
        _averageLength = _lengths.Length == 0 ? 1 : Math.Max(1, _lengths.Average());
        // Postings, so scoring a query touches only the clauses that hold its terms.
        _postings = _termFrequencies
            .SelectMany((tf, d) => tf.Select(t => (Term: t.Key, Document: d, Frequency: t.Value)))
            .GroupBy(p => p.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Document, p.Frequency)).ToArray(), StringComparer.Ordinal);
    }

    public int Count => _lengths.Length;

    /// <summary>Index terms of a text: "1:字" unigrams and "2:字词" bigrams.</summary>
    public static IEnumerable<string> Terms(string text) =>
        CharacterGrams.Unigrams(text).Select(u => "1:" + u).Concat(CharacterGrams.Bigrams(text).Select(b => "2:" + b));

    /// <summary>Inverse document frequency; terms never seen get the highest value, so they weigh as unmatched.</summary>
    public double Idf(string term)
    {
        var df = _documentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
    }

    public bool Contains(int document, string term) => _termFrequencies[document].ContainsKey(term);

    /// <summary>Whether any document holds the term.</summary>
    public bool Knows(string term) => _documentFrequency.ContainsKey(term);

    /// <summary>BM25 score of every document for weighted query terms.</summary>
    public double[] Score(IReadOnlyDictionary<string, double> queryTerms)
    {
        var scores = new double[Count];
        foreach (var (term, weight) in queryTerms)
        {
            if (!_postings.TryGetValue(term, out var postings)) continue;
            var idf = Idf(term);
            foreach (var (d, tf) in postings)
            {
                var norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * _lengths[d] / _averageLength));
                scores[d] += weight * idf * norm;
            }
        }
        return scores;
    }
}
