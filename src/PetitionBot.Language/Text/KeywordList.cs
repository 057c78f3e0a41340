using System.Buffers;
using System.Collections.Frozen;

namespace PetitionBot.Language.Text;

/// <summary>
/// A fixed list of words, indexed by first character: finding them in a text is one pass over the text
/// (a vectorized search for the first characters, then a prefix check there), not one search per word.
/// "Occurs" means what <see cref="string.Contains(string, StringComparison)"/> with ordinal comparison means.
/// </summary>
internal sealed class KeywordList
{
    private readonly string[] _words;
    private readonly SearchValues<char> _firstChars;
    private readonly FrozenDictionary<char, int[]> _byFirstChar;

    public KeywordList(IEnumerable<string> words)
    {
        _words = [.. words];
        if (_words.Length == 0 || _words.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A keyword list needs words, none of them empty.", nameof(words));
        }
        _firstChars = SearchValues.Create([.. _words.Select(w => w[0]).Distinct()]);
        _byFirstChar = Enumerable.Range(0, _words.Length)
            .GroupBy(i => _words[i][0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>Some word of the list occurs in the text.</summary>
    public bool IsIn(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(_firstChars); at >= 0; at = NextCandidate(span, at))
        {
            foreach (var index in _byFirstChar[span[at]])
            {
                if (span[at..].StartsWith(_words[index], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>How many entries of the list occur in the text (a word listed twice counts twice).</summary>
    public int CountIn(string text)
    {
        var found = _words.Length <= 256 ? stackalloc bool[_words.Length] : new bool[_words.Length];
        Mark(text, found);
        return found.Count(true);
    }

    /// <summary>The list position of the first word, in list order, that occurs in the text; -1 when none does.</summary>
    public int FirstIn(string text)
    {
        var found = _words.Length <= 256 ? stackalloc bool[_words.Length] : new bool[_words.Length];
        Mark(text, found);
        return found.IndexOf(true);
    }

    /// <summary>Some word occurs in the text and the text is at most <paramref name="slack"/> characters longer than it.</summary>
    public bool IsNearlyAllOf(string text, int slack)
    {
        var found = _words.Length <= 256 ? stackalloc bool[_words.Length] : new bool[_words.Length];
        Mark(text, found);
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] && text.Length <= _words[i].Length + slack)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For each position of the text, whether an occurrence of some word covers it.</summary>
    public bool[] CoveredPositions(string text)
    {
        var covered = new bool[text.Length];
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(_firstChars); at >= 0; at = NextCandidate(span, at))
        {
            foreach (var index in _byFirstChar[span[at]])
            {
                if (span[at..].StartsWith(_words[index], StringComparison.Ordinal))
                {
                    covered.AsSpan(at, _words[index].Length).Fill(true);
                }
            }
        }
        return covered;
    }

    private void Mark(string text, Span<bool> found)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(_firstChars); at >= 0; at = NextCandidate(span, at))
        {
            foreach (var index in _byFirstChar[span[at]])
            {
                found[index] |= span[at..].StartsWith(_words[index], StringComparison.Ordinal);
            }
        }
    }

    private int NextCandidate(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOfAny(_firstChars);
        return next < 0 ? -1 : at + 1 + next;
    }
}
