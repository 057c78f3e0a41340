namespace PetitionBot.Regulations.Answers;

/// <summary>Splits clause text into sentences (at 。；！？ and line ends), keeping each sentence's own punctuation.</summary>
public static class SentenceSplitter
{
    private const string Enders = "。；！？;!?";

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Add(text[start..i]);
                start = i + 1;
            }
            else if (Enders.Contains(text[i]) && !(i + 1 < text.Length && text[i + 1] == '”'))
            {
                Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        Add(text[start..]);
        return sentences;

        void Add(string s)
        {
            s = s.Trim();
            if (s.Length > 0) sentences.Add(s);
        }
    }
}
