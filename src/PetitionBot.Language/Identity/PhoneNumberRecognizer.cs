using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>
/// Mainland mobiles (+86/0086, spaces, dashes) and landlines (area code + 7–8 digits).
/// A mobile with the wrong digit count is returned with the reason, e.g. "手机号应为11位，刚才是10位。".
/// </summary>
public static partial class PhoneNumberRecognizer
{
    private const string Prefix = @"(?:(?:\+|00)86[\s-]?|86-)?";
    [GeneratedRegex(@"\G" + Prefix + @"(?<d>1\d{2}[\s-]?\d{4}[\s-]?\d{4})(?![\dA-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile { get; }

    [GeneratedRegex(@"\G" + Prefix + @"(?<d>1\d{8,12})(?![\dA-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex MobileWrongCount { get; }

    [GeneratedRegex(
        @"\G(?:\((?<a>0\d{2,3})\)\s?|(?<a>0\d{2,3})[\s-]|(?<c>0\d{9,11}(?![\dA-Za-z])))?(?(c)|(?<l>\d{3,4}[\s-]?\d{4})(?![\dA-Za-z]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Landline { get; }

    public static IReadOnlyList<Recognition<PhoneNumber>> Recognize(string text) => RecognizeFolded(text, TextNormalizer.Fold(text));

    /// <param name="s"><see cref="TextNormalizer.Fold"/> of <paramref name="text"/>, for callers that fold once for several recognizers.</param>
    internal static IReadOnlyList<Recognition<PhoneNumber>> RecognizeFolded(string text, string s)
    {
        var results = new List<Recognition<PhoneNumber>>();
        var i = 0;
        while (i < s.Length)
        {
            var found = StartsToken(s, i) ? RecognizeAt(text, s, i) : null;
            if (found is null)
            {
                i++;
                continue;
            }
            results.Add(found);
            i = found.Span.End;
        }
        return results;
    }

    private static bool StartsToken(string s, int i) =>
        (char.IsAsciiDigit(s[i]) || s[i] is '+' or '(') && (i == 0 || !(char.IsAsciiLetterOrDigit(s[i - 1]) || s[i - 1] is '+' or '-' or '.'));

    private static Recognition<PhoneNumber>? RecognizeAt(string text, string s, int i)
    {
        var mobile = Mobile.Match(s, i);
        if (mobile.Success)
        {
            var digits = DigitsOf(mobile.Groups["d"].Value);
            var span = TextSpan.Of(text, i, mobile.Index + mobile.Length);
            var error = digits[1] is >= '3' and <= '9' ? null : $"手机号第二位应是3到9，刚才是{digits[1]}。";
            return new Recognition<PhoneNumber>(span, new PhoneNumber(PhoneKind.Mobile, digits), error);
        }
        var landline = Landline.Match(s, i);
        if (landline.Success && landline.Length > 0)
        {
            var found = ReadLandline(text, i, landline);
            if (found is not null)
            {
                return found;
            }
        }
        var wrong = MobileWrongCount.Match(s, i);
        if (wrong.Success)
        {
            var digits = wrong.Groups["d"].Value;
            if (digits.Length is 15 or 18 or 17)
            {
                return null; // an ID number, not a phone
            }
            return new Recognition<PhoneNumber>(TextSpan.Of(text, i, wrong.Index + wrong.Length), new PhoneNumber(PhoneKind.Mobile, digits),
                $"手机号应为11位，刚才是{digits.Length}位。", Confidence: 0.8);
        }
        return null;
    }

    private static Recognition<PhoneNumber>? ReadLandline(string text, int i, Match m)
    {
        string area, local;
        if (m.Groups["c"].Success)
        {
            var all = m.Groups["c"].Value;
            var areaLength = all.StartsWith("010", StringComparison.Ordinal) || all.StartsWith("02", StringComparison.Ordinal) ? 3 : 4;
            area = all[..areaLength];
            local = all[areaLength..];
        }
        else if (m.Groups["a"].Success)
        {
            area = m.Groups["a"].Value;
            local = DigitsOf(m.Groups["l"].Value);
        }
        else
        {
            return null; // a bare 7–8 digit number could be anything
        }
        var span = TextSpan.Of(text, i, m.Index + m.Length);
        if (local.Length is < 7 or > 8 || local[0] == '0')
        {
            return new Recognition<PhoneNumber>(span, new PhoneNumber(PhoneKind.Landline, area + local, area),
                "座机号应为区号加7到8位号码，如021-12345678。", Confidence: 0.7);
        }
        return new Recognition<PhoneNumber>(span, new PhoneNumber(PhoneKind.Landline, area + local, area));
    }

    private static string DigitsOf(string value) => new(value.Where(char.IsAsciiDigit).ToArray());
}
