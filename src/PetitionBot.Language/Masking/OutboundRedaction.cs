using System.Text;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Names;

namespace PetitionBot.Language.Masking;

/// <summary>
/// Removes personal data from text that leaves the premises (e.g. for a language model): ID numbers and phone
/// numbers are replaced whole, a person's name keeps only the surname, as Chinese documents write 张某.
/// Stricter than <see cref="PersonalDataMask.Text"/>, which keeps digits for an officer to recognise.
/// </summary>
public static class OutboundRedaction
{
    public const string IdNumberPlaceholder = "[身份证号]";
    public const string PhonePlaceholder = "[电话]";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var spans = new List<(int Start, int Length, string Replacement)>();
        foreach (var id in IdNumberRecognizer.Recognize(text, DateOnly.MaxValue))
        {
            spans.Add((id.Span.Start, id.Span.Length, IdNumberPlaceholder));
        }
        foreach (var phone in PhoneNumberRecognizer.Recognize(text))
        {
            AddUnlessOverlapping(spans, phone.Span.Start, phone.Span.Length, PhonePlaceholder);
        }
        foreach (var (start, length) in PersonNameSpans.Find(text))
        {
            var name = text.Substring(start, length);
            var surname = Math.Max(1, ChineseSurnames.SurnameLength(name));
            AddUnlessOverlapping(spans, start, length, name[..surname] + "某");
        }
        var redacted = new StringBuilder(text);
        foreach (var (start, length, replacement) in spans.OrderByDescending(s => s.Start))
        {
            redacted.Remove(start, length).Insert(start, replacement);
        }
        return redacted.ToString();
    }

    private static void AddUnlessOverlapping(List<(int Start, int Length, string Replacement)> spans, int start, int length, string replacement)
    {
        if (!spans.Any(s => s.Start < start + length && start < s.Start + s.Length))
        {
            spans.Add((start, length, replacement));
        }
    }
}
