namespace PetitionBot.Regulations.Text;

/// <summary>
/// Chinese numerals as used in article and item numbers (一 … 九十九, 一百 …).
/// Kept here because regulation numbering is all this project needs of them.
/// </summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Parses 一, 十, 十二, 二十, 二十一, 一百零五, also 〇/两; null if not a numeral.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        int total = 0, pending = 0;
        foreach (var c in text)
        {
            int digit = c switch { '〇' => 0, '两' => 2, _ => Digits.IndexOf(c) };
            if (digit >= 0) { pending = digit; continue; }
            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => -1 };
            if (unit < 0) return null;
            total += (pending == 0 ? 1 : pending) * unit;
            pending = 0;
        }
        return total + pending;
    }

    /// <summary>Formats 1..9999 the way article numbers are written: 十一, 二十, 一百零五.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9999);
        if (value < 10) return Digits[value].ToString();
        if (value < 20) return "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString());

        var units = new[] { (1000, '千'), (100, '百'), (10, '十') };
        var result = new System.Text.StringBuilder();
        int rest = value;
        bool zeroPending = false;
        foreach (var (size, name) in units)
        {
            int d = rest / size;
            rest %= size;
            if (d == 0)
            {
                if (result.Length > 0) zeroPending = true;
                continue;
            }
            if (zeroPending) { result.Append('零'); zeroPending = false; }
            result.Append(Digits[d]).Append(name);
        }
        if (rest > 0)
        {
            if (zeroPending) result.Append('零');
            result.Append(Digits[rest]);
        }
        return result.ToString();
    }
}
