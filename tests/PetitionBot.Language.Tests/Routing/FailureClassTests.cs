using System.Text.Json;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Routing;

namespace PetitionBot.Language.Tests.Routing;

/// <summary>
/// The phrasing classes the keyword router failed on, each with sentences written for this test (none is in the
/// training files): every sentence must reach its job.
/// </summary>
public sealed class FailureClassTests
{
    public static TheoryData<string, string, string> Sentences()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Routing", "failure-classes.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            data.Add(json.RootElement.GetProperty("class").GetString()!, json.RootElement.GetProperty("q").GetString()!,
                json.RootElement.GetProperty("route").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Each_sentence_of_a_failure_class_reaches_its_job(string failureClass, string sentence, string route)
    {
        var result = IntentRouter.Route(sentence);
        Assert.True(result.Intent == RouteLabels.IntentAt(RouteLabels.IndexOf(route)),
            $"[{failureClass}] \"{sentence}\" went to {result.Intent} ({result.Score:F2}), not {route}");
    }

    [Fact]
    public void None_of_these_sentences_is_training_data()
    {
        var training = TrainedRouter.TrainingFiles().SelectMany(LabelledUtterance.ReadFile).Select(r => r.Text).ToHashSet();
        Assert.DoesNotContain(Sentences(), row => training.Contains((string)row[1]));
    }
}
