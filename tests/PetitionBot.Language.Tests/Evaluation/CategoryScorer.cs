using System.Text.Json;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Durations;
using PetitionBot.Language.Filling;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.Tests.Evaluation;

/// <summary>Runs the recognizer a category is about on one item and says what it produced.</summary>
public static class CategoryScorer
{
    public static (bool Correct, string Actual) Score(string category, LabelledItem item) => category switch
    {
        "date" or "time" => DateTime(item),
        "duration" => Compare(item, DurationRecognizer.Recognize(item.Text).FirstOrDefault() is { } d ? Canonical.Of(d.Value) : "none"),
        "number" => Number(item),
        "id" => Identity(item),
        "phone" => Phone(item),
        "intent" => Intent(item),
        "sentence" => Sentence(item),
        _ => throw new ArgumentException("Unknown category " + category),
    };

    private static (bool, string) Compare(LabelledItem item, string actual) => (actual == item.Expected, actual);

    private static (bool, string) DateTime(LabelledItem item)
    {
        var options = new DateResolutionOptions
        {
            Preference = item["prefer"] == "future" ? DatePreference.Future : DatePreference.Past,
            AcceptMonthDotDay = item.Json.TryGetProperty("monthDotDay", out var dot) && dot.GetBoolean(),
        };
        var found = DateTimeRecognizer.RecognizeFirst(item.Text, item.Reference, options);
        if (found is null)
        {
            return Compare(item, "none");
        }
        if (!found.IsValid)
        {
            var messageOk = item["message"] is not { } message || message == found.Error;
            return (item.Expected == "error" && messageOk, "error: " + found.Error);
        }
        return Compare(item, Canonical.Of(found.Value!));
    }

    private static (bool, string) Number(LabelledItem item)
    {
        if (item["kind"] == "people")
        {
            return Compare(item, PeopleCountRecognizer.Recognize(item.Text).FirstOrDefault() is { } p ? Canonical.Of(p.Value) : "none");
        }
        return Compare(item, NumberRecognizer.Recognize(item.Text).FirstOrDefault() is { } n ? Canonical.Of(n.Value) : "none");
    }

    private static (bool, string) Identity(LabelledItem item)
    {
        switch (item["kind"])
        {
            case "case":
                var caseNumber = CaseNumberRecognizer.Recognize(item.Text).FirstOrDefault();
                return Compare(item, caseNumber is null ? "none" : caseNumber.IsValid ? caseNumber.Value! : "error");
            case "querycode":
                return Compare(item, QueryCodeRecognizer.Recognize(item.Text).FirstOrDefault()?.Value ?? "none");
            default:
                var today = DateOnly.Parse(item["ref"]!, System.Globalization.CultureInfo.InvariantCulture);
                // In running text the recognizer finds the number; an answer to "身份证号？" is checked whole.
                var check = IdNumberRecognizer.Recognize(item.Text, today).FirstOrDefault()?.Value ?? ResidentIdNumber.Check(item.Text, today);
                return Compare(item, check.IsValid ? "valid:" + check.Normalized : "invalid:" + check.Problem);
        }
    }

    private static (bool, string) Phone(LabelledItem item)
    {
        var found = PhoneNumberRecognizer.Recognize(item.Text).FirstOrDefault();
        if (found is null)
        {
            return Compare(item, "none");
        }
        if (!found.IsValid)
        {
            var actual = "error:" + found.Error;
            return (item.Expected == "error" || item.Expected == actual, actual);
        }
        return Compare(item, found.Value!.Display);
    }

    private static (bool, string) Intent(LabelledItem item)
    {
        var result = IntentRouter.Route(item.Text, new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8)));
        var actual = $"{result.Intent} (runner-up {result.RunnerUp.Intent}, action {result.Action}, query {result.Query}, reminder {result.Reminder})";
        var correct = result.Intent.ToString() == item.Expected
            && (item["action"] is not { } action || result.Action?.ToString() == action)
            && (item["query"] is not { } query || result.Query?.ToString() == query)
            && (item["reminder"] is not { } reminder || result.Reminder?.ToString() == reminder)
            && (item["runnerUp"] is not { } runnerUp || result.RunnerUp.Intent.ToString() == runnerUp);
        return (correct, actual);
    }

    private static (bool, string) Sentence(LabelledItem item)
    {
        var specs = item["form"] == "confirm" ? TestForms.Confirm : TestForms.LogVisit;
        var filled = SentenceFieldExtractor.Extract(item.Text, specs, item.Reference, item["expectedField"]);
        var actual = filled.ToDictionary(f => f.Name, f => f.IsValid ? Canonical.Of(f.Value) : "error");
        var expected = item.Json.GetProperty("expected").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var correct = actual.Count == expected.Count && expected.All(kv => actual.TryGetValue(kv.Key, out var v) && v == kv.Value);
        return (correct, JsonSerializer.Serialize(actual, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
