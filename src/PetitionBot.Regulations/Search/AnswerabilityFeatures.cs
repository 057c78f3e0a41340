namespace PetitionBot.Regulations.Search;

/// <summary>
/// What the search saw about its best clause, the inputs of the answer-or-decline decision. All are shares or flags,
/// comparable whatever the corpus size (raw scores were tried and left out: they grow with the corpus; the question's
/// length was tried too and added nothing under cross-validation).
/// </summary>
/// <param name="CharacterCoverage">IDF-weighted share of the question's characters inside a character pair the clause holds.</param>
/// <param name="WordCoverage">IDF-weighted share of the question's words the clause holds.</param>
/// <param name="UnknownWords">Share of the question's words that no clause holds at all, each word weighted by its
/// rarity in Chinese at large (see <see cref="GeneralWordRarity"/>), so everyday words count little.</param>
/// <param name="KindMatch">The question asks for a kind of provision (施行, 解释 …) and the clause is one.</param>
/// <param name="KindMiss">The question asks for a kind of provision and the clause is none of them.</param>
/// <param name="NamesDocument">The question names a document or jurisdiction.</param>
/// <param name="AmountNotStated">The question asks how many or how long (几天, 多少, 多长时间) and the clause states no
/// number at all.</param>
/// <param name="ScoreMargin">How far the best clause leads the next: (first − second) / first, a share whatever the
/// corpus size.</param>
/// <param name="RarestMissing">Rarity in Chinese at large of the rarest word the clause does not hold (a saying read as
/// the texts' terms excepted), scaled to 0–1.</param>
/// <param name="OwnKindMiss">The question names a document and asks what only that document's own clause can say
/// (its purpose, scope, effective date, interpretation …), and the best clause is no such clause. Declined by rule.</param>
/// <remarks>Tried and left out by out-of-fold cost: the share of missing nouns and of other missing words (by the
/// segmenter's part-of-speech tags), word coverage weighted by rarity in Chinese at large.</remarks>
public sealed record AnswerabilityFeatures(
    double CharacterCoverage, double WordCoverage, double UnknownWords, double KindMatch, double KindMiss, double NamesDocument,
    double AmountNotStated, double ScoreMargin, double RarestMissing, double OwnKindMiss)
{
    public static readonly string[] Names =
        ["characterCoverage", "wordCoverage", "unknownWords", "kindMatch", "kindMiss", "namesDocument", "amountNotStated", "scoreMargin", "rarestMissing", "ownKindMiss"];

    public double[] ToArray() => [CharacterCoverage, WordCoverage, UnknownWords, KindMatch, KindMiss, NamesDocument, AmountNotStated, ScoreMargin, RarestMissing, OwnKindMiss];

    /// <summary>
    /// The best clause holds a content word of the question that fewer than half the clauses hold: a word that tells
    /// clauses apart, so the clause is about what the question is about even when it does not answer it. A declined
    /// question offers its closest clauses as 可能相关 only then ("信访" alone, in most clauses, relates nothing).
    /// Not a model input.
    /// </summary>
    public bool SharesTellingWord { get; init; }

    public static AnswerabilityFeatures FromArray(double[] x) => new(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9]);
}
