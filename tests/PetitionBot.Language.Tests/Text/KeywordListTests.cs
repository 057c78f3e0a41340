using PetitionBot.Language.Intents;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Tests.Text;

/// <summary>The first-character index finds exactly what searching for every word one by one finds.</summary>
public sealed class KeywordListTests
{
    private static readonly string[][] Lists =
    [
        ["如何处理", "怎么", "怎么处理", "如何处理", "处理", "a", "ab", "b"],
        [.. IntentKeywords.Query.Words],
        [.. IntentKeywords.MeasureQuestions.Words],
        [.. IntentKeywords.Situations.Words],
        [.. IntentKeywords.Cancel.Words],
    ];

    private static IEnumerable<string> Texts(string[] words)
    {
        var random = new Random(20261122);
        var alphabet = string.Concat(words) + "ab的了吗 ";
        yield return "";
        foreach (var word in words)
        {
            yield return word;
        }
        for (var i = 0; i < 3000; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(3) == 0
                ? words[random.Next(words.Length)]
                : alphabet[random.Next(alphabet.Length)].ToString());
            yield return string.Concat(parts);
        }
    }

    [Fact]
    public void Finds_the_same_words_as_one_search_per_word()
    {
        foreach (var words in Lists)
        {
            var list = new KeywordList(words);
            foreach (var text in Texts(words))
            {
                var occurs = words.Select(w => text.Contains(w, StringComparison.Ordinal)).ToArray();
                Assert.Equal(occurs.Any(o => o), list.IsIn(text));
                Assert.Equal(occurs.Count(o => o), list.CountIn(text));
                Assert.Equal(Array.IndexOf(occurs, true), list.FirstIn(text));
                for (var slack = 0; slack <= 4; slack++)
                {
                    Assert.Equal(words.Where((w, i) => occurs[i] && text.Length <= w.Length + slack).Any(), list.IsNearlyAllOf(text, slack));
                }
            }
        }
    }

    [Fact]
    public void Covered_positions_are_those_inside_some_occurrence()
    {
        foreach (var words in Lists)
        {
            var list = new KeywordList(words);
            foreach (var text in Texts(words))
            {
                var expected = new bool[text.Length];
                foreach (var word in words)
                {
                    for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                    {
                        Array.Fill(expected, true, at, word.Length);
                    }
                }
                Assert.Equal(expected, list.CoveredPositions(text));
            }
        }
    }

    [Fact]
    public void An_empty_word_is_refused() =>
        Assert.Throws<ArgumentException>(() => new KeywordList(["登记", ""]));
}
