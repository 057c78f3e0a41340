using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Tests.Evaluation;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Tests.DateTimes;

/// <summary>
/// The cheap start checks in front of the date and time patterns only skip work: wherever a pattern's regex
/// matches, its check lets it try; and every character a check lists does start some match.
/// </summary>
public sealed class PatternStartTests
{
    private static readonly string[] Categories = ["date", "time", "duration", "number", "id", "phone", "intent", "sentence"];

    private static IEnumerable<(string Name, AnchoredPattern Pattern)> Patterns =>
        DatePartParser.Patterns.Select((p, i) => ($"date pattern {i}", p))
            .Concat(TimePartParser.Patterns.Select((p, i) => ($"time pattern {i}", p)));

    // What can follow a first character: every one- and two-character string over the pattern's own
    // characters, digits and separators, and the longer ends of ISO dates.
    private static string[] TailsFor(AnchoredPattern pattern)
    {
        var alphabet = pattern.Regex.ToString().Where(c => c > 0x7F).Concat("0123456789 :-/.").Distinct().ToArray();
        return [
            "",
            .. alphabet.Select(c => c.ToString()),
            .. alphabet.SelectMany(a => alphabet.Select(b => $"{a}{b}")),
            "026-3-5", "026/03/05", "026.3.5", "3-5", "3/5", "3.5",
        ];
    }

    [Fact]
    public void Every_match_in_the_labelled_utterances_is_let_through()
    {
        var matches = 0;
        var blocked = new List<string>();
        foreach (var text in Categories.SelectMany(LabelledItem.Load).Select(item => TextNormalizer.Fold(item.Text)))
        {
            for (var i = 0; i < text.Length; i++)
            {
                foreach (var (name, pattern) in Patterns)
                {
                    if (pattern.Regex.Match(text, i).Success)
                    {
                        matches++;
                        if (!pattern.Start.MayStartAt(text, i))
                        {
                            blocked.Add($"{name} at {i} of \"{text}\"");
                        }
                    }
                }
            }
        }
        Assert.Empty(blocked);
        Assert.True(matches > 300, $"only {matches} matches: the data no longer exercises the patterns");
    }

    [Fact]
    public void No_character_a_check_turns_away_starts_a_match()
    {
        var blocked = new List<string>();
        foreach (var (name, pattern) in Patterns)
        {
            // A match starts with a character of the pattern's own text or a digit (\d: any script); ASCII for good measure.
            var starts = pattern.Regex.ToString().Where(c => c > 0x7F)
                .Concat(Enumerable.Range(0x20, 0x5F).Select(c => (char)c))
                .Concat("٣３")
                .Distinct();
            var tails = TailsFor(pattern);
            foreach (var start in starts)
            {
                foreach (var tail in tails)
                {
                    var text = start + tail;
                    if (!pattern.Start.MayStartAt(text, 0) && pattern.Regex.Match(text, 0).Success)
                    {
                        blocked.Add($"{name}: \"{text}\"");
                    }
                }
            }
        }
        Assert.True(blocked.Count == 0, "matches the start check turns away:\n" + string.Join('\n', blocked.Take(20)));
    }

    [Fact]
    public void Every_listed_start_does_start_a_match()
    {
        var unused = new List<string>();
        foreach (var (name, pattern) in Patterns)
        {
            var tails = TailsFor(pattern);
            unused.AddRange(pattern.Start.WordStarts
                .Where(start => !tails.Any(tail => pattern.Regex.Match(start + tail, 0).Success))
                .Select(start => $"{name}: word start {start}"));
            unused.AddRange(pattern.Start.MarksAfterDigits
                .Where(mark => !tails.Any(tail => pattern.Regex.Match($"3{mark}{tail}", 0).Success || pattern.Regex.Match($"2026{mark}{tail}", 0).Success))
                .Select(mark => $"{name}: mark {mark} after digits"));
        }
        Assert.Empty(unused);
    }

    [Theory]
    [InlineData("13812345678", false)]
    [InlineData("110105194912310021", false)]
    [InlineData("3月", true)]
    [InlineData("3 月", true)]
    [InlineData("15:00", true)]
    [InlineData("2026-03-17", true)]
    [InlineData("5人", false)]
    [InlineData("登记", false)]
    [InlineData("昨天", true)]
    public void A_run_of_digits_starts_a_date_or_time_only_before_its_mark(string text, bool mayStart) =>
        Assert.Equal(mayStart, DatePartParser.Start.MayStartAt(text, 0) || TimePartParser.Start.MayStartAt(text, 0));
}
