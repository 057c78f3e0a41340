namespace PetitionBot.Language.Words;

/// <summary>The project's user dictionary: one term per line, <c>#</c> starts a comment.</summary>
internal static class UserDictionary
{
    public const string FileName = "user-dict.txt";

    public static readonly Lazy<IReadOnlyList<string>> Words = new(Read);

    private static IReadOnlyList<string> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Words", FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The segmenter's user dictionary is missing beside the app: {path}", path);
        }
        var words = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }
        return words;
    }
}
