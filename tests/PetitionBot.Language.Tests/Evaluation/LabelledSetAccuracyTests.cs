using System.Globalization;
using Xunit.Abstractions;

namespace PetitionBot.Language.Tests.Evaluation;

/// <summary>Scores every labelled utterance by category and holds each category to its bar.</summary>
public sealed class LabelledSetAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("date", 1.0)]
    [InlineData("time", 0.97)]
    [InlineData("duration", 0.97)]
    [InlineData("number", 0.97)]
    [InlineData("id", 1.0)]
    [InlineData("phone", 0.97)]
    [InlineData("intent", 0.97)]
    [InlineData("sentence", 0.97)]
    public void Category_meets_its_accuracy_bar(string category, double required)
    {
        var items = LabelledItem.Load(category);
        Assert.NotEmpty(items);
        var failures = new List<string>();
        foreach (var item in items)
        {
            var (correct, actual) = CategoryScorer.Score(category, item);
            if (!correct)
            {
                failures.Add($"  line {item.Line}: \"{item.Text}\" expected {item.Json.GetProperty("expected")} got {actual}");
            }
        }
        var accuracy = (double)(items.Count - failures.Count) / items.Count;
        var line = string.Create(CultureInfo.InvariantCulture, $"accuracy {category}: {accuracy:P1} ({items.Count - failures.Count}/{items.Count})");
        output.WriteLine(line);
        Console.WriteLine(line);
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }
        Assert.True(accuracy >= required, $"{line}, need {required:P0}:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void The_labelled_set_has_at_least_300_utterances()
    {
        string[] categories = ["date", "time", "duration", "number", "id", "phone", "intent", "sentence"];
        Assert.True(categories.Sum(c => LabelledItem.Load(c).Count) >= 300);
    }
}
