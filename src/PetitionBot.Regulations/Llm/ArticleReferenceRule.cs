namespace PetitionBot.Regulations.Llm;

/// <summary>Every article, paragraph or item the sentence names is the cited clause's own label or named in its text.</summary>
public sealed class ArticleReferenceRule : IGuardRule
{
    public string Name => "article";

    public string? Violation(AnswerSentence sentence, CitedSource source)
    {
        var known = ArticleReferences.Chains(source.Normal);
        foreach (var chain in ArticleReferences.Chains(NormalForm.Of(sentence.Text)))
            if (!known.Any(k => ContainsRun(k, chain)))
                return string.Concat(chain);
        return null;
    }

    private static bool ContainsRun(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        for (var start = 0; start + part.Count <= whole.Count; start++)
            if (part.Select((p, i) => p == whole[start + i]).All(same => same))
                return true;
        return false;
    }
}
