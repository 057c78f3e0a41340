using System.Text.RegularExpressions;
using PetitionBot.Language.Numbers;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.DateTimes;

/// <summary>
/// Finds Chinese date and time expressions and resolves them against the user's reference instant
/// (the activity's localTimestamp). Dates that do not exist come back as errors, never as guesses.
/// </summary>
public static partial class DateTimeRecognizer
{
    public static IReadOnlyList<Recognition<ResolvedDateTime>> Recognize(string text, DateTimeOffset reference, DateResolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RecognizeFolded(text, TextNormalizer.Fold(text), reference, options);
    }

    /// <param name="s"><see cref="TextNormalizer.Fold"/> of <paramref name="text"/>, for callers that fold once for several recognizers.</param>
    internal static IReadOnlyList<Recognition<ResolvedDateTime>> RecognizeFolded(string text, string s, DateTimeOffset reference, DateResolutionOptions? options = null)
    {
        options ??= DateResolutionOptions.Past;
        var today = DateOnly.FromDateTime(reference.DateTime);
        var results = new List<Recognition<ResolvedDateTime>>();
        var i = 0;
        while (i < s.Length)
        {
            var found = IsInsideToken(s, i) || !MayStartAt(s, i) ? null : RecognizeAt(text, s, i, today, options);
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

    /// <summary>The first expression in the text, or null.</summary>
    public static Recognition<ResolvedDateTime>? RecognizeFirst(string text, DateTimeOffset reference, DateResolutionOptions? options = null) =>
        Recognize(text, reference, options).FirstOrDefault();

    private static Recognition<ResolvedDateTime>? RecognizeAt(string text, string s, int start, DateOnly today, DateResolutionOptions options)
    {
        var date = DatePartParser.Parse(s, start, today, options);
        if (date is not null && date.Error is not null)
        {
            return new Recognition<ResolvedDateTime>(Span(text, start, date.End), null, date.Error);
        }

        var cursor = date is null ? start : SkipGap(s, date.End);
        DayPeriod? period = date?.Period;
        var periodWord = TimePartParser.ParsePeriod(s, cursor);
        if (periodWord is not null)
        {
            period = periodWord.Value.Period;
            cursor = SkipGap(s, periodWord.Value.End);
        }
        var clock = TimePartParser.ParseClock(s, cursor);
        if (date is { Granularity: not DateGranularity.Day })
        {
            // "下周 3点" is not one moment; keep the week and let the time stand alone.
            periodWord = null;
            clock = null;
        }
        if (date is { IsMonthDotDay: true } && !options.AcceptMonthDotDay && periodWord is null && clock is null)
        {
            return null; // "3.5" alone is a number unless a date is expected
        }
        if (date is null && periodWord is null && clock is null)
        {
            return null;
        }
        if (date is null && periodWord is null && clock!.SaidInChineseOne)
        {
            return null; // a lone "一点" is too often "a bit"
        }

        var end = clock?.End ?? periodWord?.End ?? date!.End;
        var day = date?.Date ?? today;
        var granularity = date?.Granularity ?? DateGranularity.Day;
        var confidence = date?.Confidence ?? (clock is null ? 0.6 : 0.8);
        if (clock is null)
        {
            var value = new ResolvedDateTime(day, granularity, null, period, DateImplied: date is null);
            return new Recognition<ResolvedDateTime>(Span(text, start, end), value, Confidence: confidence);
        }

        var reading = ClockReading.Resolve(clock.Hour, clock.Minute, period, options);
        var resolved = new ResolvedDateTime(day.AddDays(reading.DayShift), DateGranularity.Day, reading.Time, period, DateImplied: date is null);
        var alternatives = reading.Alternative is { } alt
            ? new[] { resolved with { Date = day.AddDays(alt.DayShift), Time = alt.Time } }
            : [];
        return new Recognition<ResolvedDateTime>(Span(text, start, end), resolved,
            Confidence: reading.IsAmbiguous ? Math.Min(confidence, 0.7) : confidence, IsAmbiguous: reading.IsAmbiguous)
        {
            Alternatives = alternatives,
        };
    }

    private static bool MayStartAt(string s, int i) => DatePartParser.Start.MayStartAt(s, i) || TimePartParser.Start.MayStartAt(s, i);

    // A match must not start in the middle of a number ("138" inside a phone, "五" inside "二十五").
    private static bool IsInsideToken(string s, int i)
    {
        if (i == 0)
        {
            return false;
        }
        var previous = s[i - 1];
        var current = s[i];
        if (char.IsAsciiDigit(current))
        {
            return char.IsAsciiDigit(previous) || previous == '.' || char.IsAsciiLetter(previous);
        }
        return ChineseNumeral.IsNumeralChar(current) && ChineseNumeral.IsNumeralChar(previous);
    }

    // Between a date and its time: spaces, 的, or the weekday we print ourselves ("3月17日（周二）15:00").
    [GeneratedRegex(@"\G\s*\((?:周|星期)[一二三四五六日天]\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayNote { get; }

    private static int SkipGap(string s, int i)
    {
        var note = WeekdayNote.Match(s, i);
        if (note.Success)
        {
            i += note.Length;
        }
        while (i < s.Length && (s[i] == ' ' || s[i] == '的'))
        {
            i++;
        }
        return i;
    }

    private static TextSpan Span(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return TextSpan.Of(text, start, end);
    }
}
