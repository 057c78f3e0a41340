namespace PetitionBot.Language.Filling;

/// <summary>One allowed answer and the other ways people say it (走访: 来访, 上访, 当面).</summary>
public sealed record ChoiceOption(string Value, IReadOnlyList<string> Synonyms)
{
    public ChoiceOption(string value) : this(value, []) { }
}
