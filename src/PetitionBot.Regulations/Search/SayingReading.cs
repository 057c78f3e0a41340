namespace PetitionBot.Regulations.Search;

/// <summary>An everyday saying found in a question and the texts' terms it is read as ("、"-joined).</summary>
public sealed record SayingReading(string Saying, string Terms)
{
    /// <summary>How the reading stands in a query's terms once folded: the saying, then its terms, each closed by "、".</summary>
    public string Expanded => Saying + "、" + Terms + "、";

    public IReadOnlyList<string> Alternatives { get; } = Terms.Split('、', StringSplitOptions.RemoveEmptyEntries);
}
