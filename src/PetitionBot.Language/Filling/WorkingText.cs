using PetitionBot.Language.Names;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Filling;

/// <summary>
/// The sentence being filled: a folded copy in which every used span is blanked, so each later
/// recognizer sees only what is left, and spans stay aligned with the original.
/// </summary>
internal sealed class WorkingText
{
    private const string Delimiters = ",;。!?\n:、";
    private const string ListSeparators = "、,;/和及与";
    private static readonly string[] Fillers = ["一共", "总共", "共计", "合计", "大约", "大概", "共", "约", "有", "计"];

    private readonly string _original;
    private readonly char[] _current;
    private readonly bool[] _used;
    private readonly IReadOnlyList<FieldSpec> _specs;
    private readonly List<FilledField> _results = [];

    public WorkingText(string original, IReadOnlyList<FieldSpec> specs)
    {
        _original = original;
        _current = TextNormalizer.Fold(original).ToCharArray();
        _used = new bool[original.Length];
        _specs = specs;
    }

    public string Current => new(_current);

    public IReadOnlyList<FilledField> Results => _results;

    private bool IsFilled(FieldSpec spec) => _results.Any(r => r.Name == spec.Name);

    private bool IsBoundary(int i) =>
        i < 0 || i >= _current.Length || _used[i] || char.IsWhiteSpace(_current[i]) || Delimiters.Contains(_current[i]);

    public bool HasCueInText(FieldSpec spec) => spec.AllCues.Any(c => CueOccurrences(c.Word).Any());

    /// <summary>Cue positions; a one-character cue (在) counts only at the start of a clause.</summary>
    private IEnumerable<int> CueOccurrences(string word)
    {
        var text = Current;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (word.Length > 1 || IsBoundary(at - 1))
            {
                yield return at;
            }
        }
    }

    public bool FollowsCue(FieldSpec spec, TextSpan span) => CueBefore(spec, span.Start) is not null;

    private (int Start, int End)? CueBefore(FieldSpec spec, int start)
    {
        foreach (var cue in spec.AllCues)
        {
            foreach (var at in CueOccurrences(cue.Word))
            {
                var end = at + cue.Word.Length;
                if (end <= start && start - end <= 3 && Enumerable.Range(end, start - end).All(i => _current[i] is ' ' or ':' or '是' or '为'))
                {
                    return (at, end);
                }
            }
        }
        return null;
    }

    public bool IsWholeSegment(TextSpan span) => StartsSegment(span.Start) && IsBoundary(span.End);

    private bool StartsSegment(int start)
    {
        var from = start;
        while (from > 0 && !IsBoundary(from - 1))
        {
            from--;
        }
        var prefix = new string(_current, from, start - from);
        return prefix.Length == 0 || Fillers.Contains(prefix);
    }

    /// <param name="onlyStandalone">Take only candidates that start a clause or follow a cue: for fields other than
    /// the one just asked about, so "拖欠6名工人工资" as an answer about the demand does not also set the head count.</param>
    public void Fill(FieldSpec spec, IEnumerable<FieldCandidate> candidates, bool onlyStandalone = false)
    {
        if (IsFilled(spec))
        {
            return;
        }
        var best = candidates
            .Where(c => c.End > c.Start && !Enumerable.Range(c.Start, c.End - c.Start).Any(i => _used[i]))
            .Where(c => !onlyStandalone || StartsSegment(c.Start) || CueBefore(spec, c.Start) is not null)
            .Select((c, order) => (Candidate: c, Order: order, Score:
                (CueBefore(spec, c.Start) is not null ? 2 : 0) + (StartsSegment(c.Start) ? 1 : 0) + (c.Error is null ? 0.5 : 0)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Order)
            .Select(x => x.Candidate)
            .FirstOrDefault();
        if (best is null)
        {
            return;
        }
        var cue = CueBefore(spec, best.Start);
        Record(spec, best.Start, best.End, best.Value, best.Error, best.Confidence, best.IsAmbiguous);
        if (cue is { } c)
        {
            Blank(c.Start, c.End);
        }
    }

    public void FillAfterCue(FieldSpec spec)
    {
        if (IsFilled(spec))
        {
            return;
        }
        var occurrences = spec.AllCues
            .SelectMany(cue => CueOccurrences(cue.Word).Select(at => (Cue: cue, At: at)))
            .OrderBy(x => x.At).ThenByDescending(x => x.Cue.Word.Length);
        foreach (var (cue, at) in occurrences)
        {
            if (_used[at])
            {
                continue;
            }
            var start = cue.KeepInValue ? at : SkipSeparators(at + cue.Word.Length);
            var end = ValueEnd(spec, start, at + cue.Word.Length);
            var value = new string(_current, start, end - start).Trim();
            if (value.Length == 0 || (cue.KeepInValue && value.Length == cue.Word.Length))
            {
                continue;
            }
            var trimmedEnd = start + _original.AsSpan(start, end - start).TrimEnd().Length;
            object? filled = spec.Type switch
            {
                FieldType.FreeList => SplitList(_original[start..trimmedEnd]),
                FieldType.PersonName => PersonNameRecognizer.IsName(value, labelled: true) ? _original[start..trimmedEnd] : null,
                _ => _original[start..trimmedEnd],
            };
            if (filled is null)
            {
                continue;
            }
            Record(spec, start, trimmedEnd, filled, null, 0.9, false);
            Blank(at, trimmedEnd);
            return;
        }
    }

    public void FillChoice(FieldSpec spec, bool expected)
    {
        if (IsFilled(spec))
        {
            return;
        }
        var words = spec.Options
            .SelectMany(o => o.Synonyms.Prepend(o.Value).Select(w => (Word: TextNormalizer.Fold(w), Option: o)))
            .Where(x => x.Word.Length > 0)
            .OrderByDescending(x => x.Word.Length);
        var text = Current;
        (int At, string Word, ChoiceOption Option)? best = null;
        foreach (var (word, option) in words)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, word.Length, word);
                // A choice word right before a filled value is that value's label ("电话138…" is not 来电).
                var labelOfNext = at + word.Length < _current.Length && _used[at + word.Length];
                var accepted = expected || CueBefore(spec, at) is not null || (IsWholeSegment(span) && !labelOfNext);
                if (accepted && (best is null || at < best.Value.At))
                {
                    best = (at, word, option);
                }
            }
        }
        if (best is { } b)
        {
            var cue = CueBefore(spec, b.At);
            Record(spec, b.At, b.At + b.Word.Length, b.Option.Value, null, expected ? 1.0 : 0.9, false);
            if (cue is { } c)
            {
                Blank(c.Start, c.End);
            }
        }
    }

    public void FillRest(FieldSpec spec)
    {
        if (IsFilled(spec))
        {
            return;
        }
        (int Start, int End) best = (0, 0);
        var i = 0;
        while (i < _current.Length)
        {
            if (_used[i])
            {
                i++;
                continue;
            }
            var start = i;
            while (i < _current.Length && !_used[i])
            {
                i++;
            }
            var (s, e) = Trim(start, i);
            if (e - s > best.End - best.Start)
            {
                best = (s, e);
            }
        }
        if (best.End > best.Start && _original[best.Start..best.End].Any(char.IsLetterOrDigit))
        {
            var text = _original[best.Start..best.End];
            Record(spec, best.Start, best.End, spec.Type == FieldType.FreeList ? SplitList(text) : text, null, 0.8, false);
        }
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(_current[start]) || char.IsPunctuation(_current[start])))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(_current[end - 1]) || char.IsPunctuation(_current[end - 1])))
        {
            end--;
        }
        return (start, end);
    }

    private int SkipSeparators(int i)
    {
        while (i < _current.Length && !_used[i] && _current[i] is ' ' or ':' or '是' or '为')
        {
            i++;
        }
        return i;
    }

    private int ValueEnd(FieldSpec spec, int start, int contentStart)
    {
        var otherCues = _specs.Where(s => s.Name != spec.Name && !IsFilled(s)).SelectMany(s => s.AllCues).ToList();
        var text = Current;
        var i = start;
        while (i < _current.Length)
        {
            var c = _current[i];
            if (_used[i] || c is '\n' or ';' or '。' or '!' or '?')
            {
                break;
            }
            if (spec.Type != FieldType.FreeList && (c == ',' || (char.IsWhiteSpace(c) && i > contentStart)))
            {
                break;
            }
            if (i > contentStart && otherCues.Any(cue => string.CompareOrdinal(text, i, cue.Word, 0, cue.Word.Length) == 0 && (cue.Word.Length > 1 || IsBoundary(i - 1))))
            {
                break;
            }
            i++;
        }
        return i;
    }

    private static IReadOnlyList<string> SplitList(string text) =>
        TextNormalizer.Fold(text).Split([.. ListSeparators, ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(item => item.Length > 0 && item != "以")
            .ToList();

    private void Record(FieldSpec spec, int start, int end, object? value, string? error, double confidence, bool ambiguous)
    {
        _results.Add(new FilledField(spec.Name, spec.Type, value, TextSpan.Of(_original, start, end), error, confidence, ambiguous));
        Blank(start, end);
    }

    private void Blank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _used[i] = true;
            _current[i] = ' ';
        }
    }
}
