using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Chat.Regulations.TimeLimits;

/// <summary>
/// The words of a time-limit question and the sentence per step (time-limit-questions.json, embedded);
/// the limits themselves always come from the deadline policy.
/// </summary>
public sealed class TimeLimitVocabulary
{
    private const string ResourceName = "PetitionBot.Chat.Regulations.TimeLimits.time-limit-questions.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<TimeLimitVocabulary> Embedded = new(LoadEmbedded);

    public List<string> HowLongWords { get; set; } = [];
    public List<string> LimitWords { get; set; } = [];
    public List<string> NotAskingWords { get; set; } = [];
    public List<string> AfterWords { get; set; } = [];
    public List<string> TransferredWords { get; set; } = [];
    public List<TermEntry> Terms { get; set; } = [];
    public Dictionary<DeadlineStep, StepEntry> Steps { get; set; } = [];
    public Dictionary<ClockEvent, string> Starts { get; set; } = [];

    public static TimeLimitVocabulary Default => Embedded.Value;

    public sealed class TermEntry
    {
        public List<string> Words { get; set; } = [];
        public List<DeadlineStep> Steps { get; set; } = [];
    }

    public sealed class StepEntry
    {
        public string Sentence { get; set; } = "";
        public DeadlineStep? With { get; set; }
    }

    private static TimeLimitVocabulary LoadEmbedded()
    {
        using var stream = typeof(TimeLimitVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        var vocabulary = JsonSerializer.Deserialize<TimeLimitVocabulary>(stream, Json)
            ?? throw new InvalidDataException($"Empty {ResourceName}.");
        foreach (var step in Enum.GetValues<DeadlineStep>())
            if (!vocabulary.Steps.ContainsKey(step))
                throw new InvalidDataException($"{ResourceName} has no sentence for step {step}.");
        foreach (var start in Enum.GetValues<ClockEvent>())
            if (!vocabulary.Starts.ContainsKey(start))
                throw new InvalidDataException($"{ResourceName} has no wording for clock start {start}.");
        return vocabulary;
    }
}
