using System.Globalization;
using System.Text;

namespace PetitionBot.Language.Numbers;

/// <summary>Chinese numerals both ways: 一百零五 ↔ 105, 两千三 = 2300, 二〇二五 = 2025, 1.5万 = 15000.</summary>
public static class ChineseNumeral
{
    public const string DigitChars = "零〇一二三四五六七八九两俩仨壹贰叁肆伍陆柒捌玖";
    public const string UnitChars = "十拾百佰千仟万亿";

    private const string FormatDigits = "零一二三四五六七八九";

    public static bool IsNumeralChar(char c) => DigitChars.Contains(c) || UnitChars.Contains(c);

    public static int? DigitValue(char c) => c switch
    {
        '零' or '〇' or '0' => 0,
        '一' or '壹' or '1' => 1,
        '二' or '两' or '俩' or '贰' or '2' => 2,
        '三' or '仨' or '叁' or '3' => 3,
        '四' or '肆' or '4' => 4,
        '五' or '伍' or '5' => 5,
        '六' or '陆' or '6' => 6,
        '七' or '柒' or '7' => 7,
        '八' or '捌' or '8' => 8,
        '九' or '玖' or '9' => 9,
        _ => null,
    };

    private static long? UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => null,
    };

    /// <summary>A whole number written in Chinese or Arabic digits (第十二条's 十二, 一百零五); null for anything else.</summary>
    public static int? ParseWhole(string text) =>
        TryParse(text, out var value) && value == decimal.Truncate(value) && value is >= 0 and <= int.MaxValue ? (int)value : null;

    /// <summary>Parses Chinese, Arabic or mixed numerals ("3万", "1.5万"). Input is expected folded (half-width).</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var arabicEnd = 0;
        while (arabicEnd < text.Length && (char.IsAsciiDigit(text[arabicEnd]) || text[arabicEnd] == '.' || text[arabicEnd] == ','))
        {
            arabicEnd++;
        }
        if (arabicEnd > 0)
        {
            return TryParseArabicWithUnits(text, arabicEnd, out value);
        }
        if (IsDigitsOnly(text))
        {
            // No units: read digit by digit (二〇二五 = 2025); a lone digit is itself.
            foreach (var c in text)
            {
                value = value * 10 + DigitValue(c)!.Value;
            }
            return true;
        }
        return TryParseWithUnits(text, out value);
    }

    private static bool IsDigitsOnly(string text)
    {
        foreach (var c in text)
        {
            if (DigitValue(c) is null)
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryParseArabicWithUnits(string text, int arabicEnd, out decimal value)
    {
        value = 0;
        var head = text.AsSpan(0, arabicEnd);
        if (head.Contains(','))
        {
            head = text[..arabicEnd].Replace(",", "", StringComparison.Ordinal); // thousands separators are rare
        }
        if (head.StartsWith('.') || head.EndsWith('.') || head.Count('.') > 1)
        {
            return false;
        }
        if (!decimal.TryParse(head, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        foreach (var c in text.AsSpan(arabicEnd))
        {
            if (UnitValue(c) is not { } unit)
            {
                return false;
            }
            number *= unit;
        }
        value = number;
        return true;
    }

    private static bool TryParseWithUnits(string text, out decimal value)
    {
        value = 0;
        decimal total = 0, section = 0, digit = 0;
        var haveDigit = false;
        var previousWasUnit = false;
        long lastUnit = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (DigitValue(c) is { } d)
            {
                if (haveDigit && d != 0 && !previousWasUnit && text[i - 1] is not ('零' or '〇'))
                {
                    return false; // "三三十" is not a number
                }
                digit = d;
                haveDigit = d != 0 || haveDigit;
                previousWasUnit = false;
                continue;
            }
            if (UnitValue(c) is not { } unit)
            {
                return false;
            }
            if (unit < 10_000)
            {
                if (!haveDigit && digit == 0)
                {
                    if (unit != 10)
                    {
                        return false;
                    }
                    digit = 1; // 十五 = 15
                }
                section += digit * unit;
            }
            else
            {
                section += digit;
                if (section == 0 && total == 0)
                {
                    return false;
                }
                total = unit == 10_000 ? total + section * unit : (total + section) * unit;
                section = 0;
            }
            digit = 0;
            haveDigit = false;
            previousWasUnit = true;
            lastUnit = unit;
        }
        if (haveDigit && IsColloquialTail(text, lastUnit))
        {
            digit *= lastUnit / 10; // 两千三 = 2300, 三万五 = 35000
        }
        value = total + section + digit;
        return true;

        static bool IsColloquialTail(string t, long unit) =>
            unit >= 100 && t.Length >= 2 && UnitValue(t[^2]) is not null;
    }

    /// <summary>105 → 一百零五, 11 → 十一, 110 → 一百一十.</summary>
    public static string Format(long number)
    {
        if (number < 0)
        {
            return "负" + Format(-number);
        }
        if (number == 0)
        {
            return "零";
        }
        var text = FormatGrouped(number);
        // Spoken and written Chinese drop the leading 一 of 一十 (十一, 十五).
        return text.StartsWith("一十", StringComparison.Ordinal) ? text[1..] : text;
    }

    private static string FormatGrouped(long number)
    {
        if (number >= 100_000_000)
        {
            var rest = number % 100_000_000;
            return FormatGrouped(number / 100_000_000) + "亿" + (rest == 0 ? "" : (rest < 10_000_000 ? "零" : "") + FormatGrouped(rest));
        }
        if (number >= 10_000)
        {
            var rest = number % 10_000;
            return FormatGrouped(number / 10_000) + "万" + (rest == 0 ? "" : (rest < 1000 ? "零" : "") + FormatSection((int)rest));
        }
        return FormatSection((int)number);
    }

    private static string FormatSection(int section)
    {
        string[] units = ["千", "百", "十", ""];
        int[] divisors = [1000, 100, 10, 1];
        var sb = new StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < 4; i++)
        {
            var d = section / divisors[i] % 10;
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }
            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }
            sb.Append(FormatDigits[d]).Append(units[i]);
        }
        return sb.ToString();
    }
}
