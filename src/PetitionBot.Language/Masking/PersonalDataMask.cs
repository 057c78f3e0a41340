using System.Text;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Names;

namespace PetitionBot.Language.Masking;

/// <summary>Masks personal data for replies and logs: 张*, 欧阳**, 138****5678, 110105********002X.</summary>
public static class PersonalDataMask
{
    /// <summary>Keeps the surname (compound surnames whole), one * per other character.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var trimmed = name.Trim();
        if (trimmed.Length == 1)
        {
            return "*";
        }
        var keep = Math.Max(1, ChineseSurnames.SurnameLength(trimmed));
        return trimmed[..keep] + new string('*', trimmed.Length - keep);
    }

    /// <summary>Mobiles keep the first 3 and last 4 digits; landlines keep the area code and last 4.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "";
        }
        var found = PhoneNumberRecognizer.Recognize(phone).FirstOrDefault(r => r.Value is not null);
        if (found?.Value is { Kind: PhoneKind.Mobile, Digits.Length: 11 } mobile)
        {
            return mobile.Digits[..3] + "****" + mobile.Digits[7..];
        }
        if (found?.Value is { Kind: PhoneKind.Landline, AreaCode: { } area } landline)
        {
            var local = landline.Digits[area.Length..];
            return area + "-" + new string('*', Math.Max(0, local.Length - 4)) + local[^Math.Min(4, local.Length)..];
        }
        return KeepLast(phone.Trim(), 4);
    }

    /// <summary>Keeps the 6-digit region code and the last 4 characters.</summary>
    public static string IdNumber(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "";
        }
        var compact = new string(id.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return compact.Length >= 15
            ? compact[..6] + new string('*', compact.Length - 10) + compact[^4..]
            : KeepLast(compact, 4);
    }

    /// <summary>Masks every phone and ID number found in free text (for log lines and echoes).</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var spans = new List<(TextSpan Span, string Masked)>();
        foreach (var id in IdNumberRecognizer.Recognize(text, DateOnly.MaxValue))
        {
            spans.Add((id.Span, IdNumber(id.Span.Text)));
        }
        foreach (var phone in PhoneNumberRecognizer.Recognize(text))
        {
            if (!spans.Any(s => s.Span.Overlaps(phone.Span)))
            {
                spans.Add((phone.Span, phone.IsValid ? Phone(phone.Span.Text) : KeepLast(phone.Span.Text, 4)));
            }
        }
        var sb = new StringBuilder(text);
        foreach (var (span, masked) in spans.OrderByDescending(s => s.Span.Start))
        {
            sb.Remove(span.Start, span.Length).Insert(span.Start, masked);
        }
        return sb.ToString();
    }

    private static string KeepLast(string value, int keep) =>
        value.Length <= keep ? new string('*', value.Length) : new string('*', value.Length - keep) + value[^keep..];
}
