using System.Buffers;

namespace PetitionBot.Language.DateTimes;

/// <summary>
/// Where a date or time pattern can start, checked before the pattern is tried. Most characters of a sentence
/// cannot start one, and a run of digits can only when the pattern's mark follows it ("3月", "15:00",
/// "2026-03-17"), so phone and ID numbers are passed over unread.
/// </summary>
/// <param name="wordStarts">Every character other than a digit that the pattern can start with.</param>
/// <param name="marksAfterDigits">What the pattern needs right after its leading digits (spaces aside); empty when it never starts with a digit.</param>
internal sealed class ExpressionStart(string wordStarts, string marksAfterDigits)
{
    private readonly SearchValues<char> _wordStartSet = SearchValues.Create(wordStarts);
    private readonly SearchValues<char> _markSet = SearchValues.Create(marksAfterDigits);

    public string WordStarts { get; } = wordStarts;

    public string MarksAfterDigits { get; } = marksAfterDigits;

    /// <summary>Where any of the patterns can start.</summary>
    public static ExpressionStart Union(IEnumerable<ExpressionStart> starts) =>
        new(string.Concat(starts.Select(s => s.WordStarts)), string.Concat(starts.Select(s => s.MarksAfterDigits)));

    /// <summary>False when the pattern cannot match at <paramref name="pos"/>; true means only "try it".</summary>
    public bool MayStartAt(string s, int pos)
    {
        if (pos >= s.Length)
        {
            return false; // every pattern needs at least one character
        }
        // char.IsDigit and char.IsWhiteSpace are exactly the regex classes \d and \s.
        if (!char.IsDigit(s[pos]))
        {
            return _wordStartSet.Contains(s[pos]);
        }
        var i = pos;
        while (i < s.Length && char.IsDigit(s[i]))
        {
            i++;
        }
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return i < s.Length && _markSet.Contains(s[i]);
    }
}
