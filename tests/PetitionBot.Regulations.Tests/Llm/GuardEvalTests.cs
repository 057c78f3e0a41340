using System.Text.RegularExpressions;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Llm;
using PetitionBot.Regulations.Search;
using PetitionBot.Regulations.Tests.Eval;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>
/// The guard over the question sets, with no model: the extractive short answer handed back as if a model wrote
/// it must pass (the guard is not stricter than the texts), and the same answer with one thing made wrong — a
/// number, an article, a negation, a document, an added rule — must not. Prints the rates for the report.
/// </summary>
public partial class GuardEvalTests(LoadedCorpus loaded, ITestOutputHelper output) : IClassFixture<LoadedCorpus>
{
    private sealed record Rates(int Answers, double EchoAccepted, IReadOnlyDictionary<string, (int Tried, double Stopped)> Perturbations);

    private Rates Measure(string file, bool printLines)
    {
        var composer = new GroundedAnswerComposer(new ClauseSearch(loaded.Corpus));
        var guard = new AnswerGuard(loaded.Corpus);
        var otherTitles = loaded.Corpus.Documents.Select(d => d.Title).ToList();
        var echoes = 0;
        var accepted = 0;
        var tried = new Dictionary<string, (int Tried, int Stopped)>();
        foreach (var c in EvalCase.Read(file))
        {
            var answer = composer.Compose(c.Question, c.Jurisdiction);
            if (!answer.IsGrounded || answer.Citations.Count == 0) continue;
            var echo = answer.DirectAnswer;
            echoes++;
            var verdict = guard.Check(echo, answer.Citations);
            if (verdict.Accepted) accepted++;
            if (printLines && !verdict.Accepted) output.WriteLine($"{c.Id} echo stopped by {verdict}: {echo}");

            var cited = answer.Citations.Select(x => x.DocumentTitle).ToHashSet();
            foreach (var (kind, changed) in Perturb(echo, otherTitles.First(t => !cited.Contains(t))))
            {
                var stopped = !guard.Check(changed, answer.Citations).Accepted;
                var (n, s) = tried.GetValueOrDefault(kind);
                tried[kind] = (n + 1, s + (stopped ? 1 : 0));
                if (printLines && !stopped) output.WriteLine($"{c.Id} {kind} passed: {changed}");
            }
        }
        var rates = new Rates(echoes, Share(accepted, echoes), tried.ToDictionary(p => p.Key, p => (p.Value.Tried, Share(p.Value.Stopped, p.Value.Tried))));
        output.WriteLine($"{file}: {echoes} grounded answers; echo accepted {rates.EchoAccepted:P1}; " +
                         string.Join("; ", rates.Perturbations.OrderBy(p => p.Key).Select(p => $"{p.Key} stopped {p.Value.Stopped:P1} of {p.Value.Tried}")));
        return rates;
    }

    /// <summary>One wrong thing at a time, where the answer offers a place for it.</summary>
    private static IEnumerable<(string Kind, string Text)> Perturb(string echo, string otherTitle)
    {
        var number = Quantity().Match(echo);
        if (number.Success)
        {
            // Off by seven, in the numerals the text used: 15日 → 22日, 十五日 → 二十二日.
            var value = number.Value.All(char.IsAsciiDigit) ? long.Parse(number.Value) : Language.Numbers.ChineseNumeral.ParseWhole(number.Value) ?? 0;
            var wrong = number.Value.All(char.IsAsciiDigit) ? (value + 7).ToString() : Language.Numbers.ChineseNumeral.Format((int)value + 7);
            yield return ("number", echo[..number.Index] + wrong + echo[(number.Index + number.Length)..]);
        }
        var must = echo.IndexOf("应当", StringComparison.Ordinal);
        if (must >= 0)
            yield return ("negation", echo[..must] + "不" + echo[must..]);
        yield return ("article", "依据第九十九条，" + echo);
        yield return ("document", $"依据《{otherTitle}》，" + echo);
        yield return ("invented rule", echo.TrimEnd() + "信访人还可以要求有关单位给予经济补偿[1]。");
    }

    private static double Share(int count, int total) => total == 0 ? 1 : count / (double)total;

    [Fact]
    public void TrainingQuestions_TheGuardPassesTheTextsAndStopsWhatIsMadeWrong()
    {
        var rates = Measure("regulation-qa.dev2.train.jsonl", printLines: true);
        Assert.True(rates.EchoAccepted >= 0.9, $"echo accepted {rates.EchoAccepted:P1}");
        foreach (var (kind, (_, stopped)) in rates.Perturbations)
            Assert.True(stopped >= 0.95, $"{kind} stopped {stopped:P1}");
    }

    [Fact]
    public void HeldOutQuestions_TotalsOnly()
    {
        var rates = Measure("regulation-qa.dev2.heldout.jsonl", printLines: false);
        Assert.True(rates.Answers > 0);
        Assert.True(rates.Perturbations.Values.All(p => p.Stopped >= 0.9), "a perturbation got through the guard too often");
    }

    /// <summary>A count or time limit (not a marker, not an article number).</summary>
    [GeneratedRegex(@"(?<![\[\d第一二三四五六七八九十两])(\d+|[一二三四五六七八九十两]+)(?=个?(工作日|日|天|次|年|月|小时|人|名|级|%))")]
    private static partial Regex Quantity();
}
