namespace PetitionBot.Regulations.Search;

/// <summary>Removes words that only make a sentence a question (怎么, 吗, 哪些 …).</summary>
public sealed class QuestionWords
{
    private readonly string[] _words;

    public QuestionWords(IEnumerable<string> words) =>
        _words = words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToArray();

    public static QuestionWords Default { get; } = LoadDefault();

    public string Strip(string text)
    {
        foreach (var word in _words)
            text = text.Replace(word, "，", StringComparison.Ordinal); // the words around it were not one phrase
        return text;
    }

    private static QuestionWords LoadDefault()
    {
        using var json = EmbeddedJson.Read("question-words.json");
        return new QuestionWords(json.RootElement.GetProperty("words").EnumerateArray().Select(w => w.GetString()!));
    }
}
