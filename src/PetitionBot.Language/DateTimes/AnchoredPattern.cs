using System.Text.RegularExpressions;

namespace PetitionBot.Language.DateTimes;

/// <summary>
/// A pattern tried at one position of folded text (it begins with \G), behind the cheap check of where it can
/// start: a position it cannot start at fails without running the regex.
/// </summary>
internal sealed class AnchoredPattern(Regex regex, ExpressionStart start)
{
    public Regex Regex { get; } = regex;

    public ExpressionStart Start { get; } = start;

    public Match MatchAt(string s, int pos) => Start.MayStartAt(s, pos) ? Regex.Match(s, pos) : Match.Empty;
}
