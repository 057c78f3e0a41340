namespace PetitionBot.Regulations.Search;

/// <summary>
/// What the search saw about its best clause, the inputs of the answer-or-decline decision. All are shares or flags,
/// comparable whatever the corpus size (raw scores and score margins were tried and left out: they grow with the
/// corpus, and cross-validation on the training split did no better with them).
/// </summary>
/// <param name="CharacterCoverage">IDF-weighted share of the question's characters inside a character pair the clause holds.</param>
/// <param name="WordCoverage">IDF-weighted share of the question's words the clause holds.</param>
/// <param name="UnknownWords">Share of the question's words that no clause holds at all, each word weighted by its
/// rarity in Chinese at large (see <see cref="GeneralWordRarity"/>), so everyday words count little.</param>
/// <param name="KindMatch">The question asks for a kind of provision (施行, 解释 …) and the clause is one.</param>
/// <param name="KindMiss">The question asks for a kind of provision and the clause is none of them.</param>
/// <param name="NamesDocument">The question names a document or jurisdiction.</param>
public sealed record AnswerabilityFeatures(
    double CharacterCoverage, double WordCoverage, double UnknownWords, double KindMatch, double KindMiss, double NamesDocument)
{
    public static readonly string[] Names =
        ["characterCoverage", "wordCoverage", "unknownWords", "kindMatch", "kindMiss", "namesDocument"];

    public double[] ToArray() => [CharacterCoverage, WordCoverage, UnknownWords, KindMatch, KindMiss, NamesDocument];

    public static AnswerabilityFeatures FromArray(double[] x) => new(x[0], x[1], x[2], x[3], x[4], x[5]);
}
