namespace PetitionBot.Regulations.Search;

/// <summary>Characters that join words rather than carry meaning (的, 在, 中 …), read from Search/function-characters.json.</summary>
public sealed class FunctionCharacters
{
    private readonly HashSet<char> _characters;

    public FunctionCharacters(IEnumerable<char> characters) => _characters = characters.ToHashSet();

    public static FunctionCharacters Default { get; } = LoadDefault();

    /// <summary>Whether a character pair (or token) contains a function character.</summary>
    public bool Touches(string gram) => gram.Any(_characters.Contains);

    private static FunctionCharacters LoadDefault()
    {
        using var json = EmbeddedJson.Read("function-characters.json");
        return new FunctionCharacters(json.RootElement.GetProperty("characters").GetString()!);
    }
}
