namespace PetitionBot.Language.Intents;

/// <summary>Every intent's score while one utterance is routed: rules only raise a score, kept within 0–1.</summary>
internal sealed class IntentScores
{
    private static readonly int IntentCount = Enum.GetValues<Intent>().Length;

    private readonly double[] _scores = new double[IntentCount];

    public void Raise(Intent intent, double score) =>
        _scores[(int)intent] = Math.Clamp(Math.Max(_scores[(int)intent], score), 0, 1);

    public double Of(Intent intent) => _scores[(int)intent];

    public void Scale(Intent intent, double factor) => _scores[(int)intent] *= factor;

    /// <summary>The intents that scored, rounded to three places, best first (ties by intent order).</summary>
    public List<IntentScore> Ranked()
    {
        var ranked = new List<IntentScore>();
        for (var i = 0; i < _scores.Length; i++)
        {
            if (_scores[i] > 0)
            {
                ranked.Add(new IntentScore((Intent)i, Math.Round(_scores[i], 3)));
            }
        }
        ranked.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Intent.CompareTo(b.Intent));
        return ranked;
    }
}
