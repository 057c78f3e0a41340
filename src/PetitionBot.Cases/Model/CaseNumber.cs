using PetitionBot.Language.Identity;

namespace PetitionBot.Cases.Model;

/// <summary>信访件编号: XF-{year}-{sequence of six digits}, the sequence counted per year by the store.</summary>
public static class CaseNumber
{
    public static string Format(int year, long sequence) => CaseNumberRecognizer.Format(year, sequence);

    /// <summary>Normalises what a user typed (lower case, full-width dash, spaces) or returns null.</summary>
    public static string? Normalize(string text)
    {
        var typed = text.Trim();
        return CaseNumberRecognizer.Recognize(typed) is [{ IsValid: true } number] && number.Span.Start == 0 && number.Span.End == typed.Length
            ? number.Value
            : null;
    }
}
