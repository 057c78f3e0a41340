namespace PetitionBot.Language;

/// <summary>Where a recognized value sits in the caller's original text.</summary>
public readonly record struct TextSpan(int Start, int Length, string Text)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public static TextSpan Of(string text, int start, int end) => new(start, end - start, text[start..end]);
}
