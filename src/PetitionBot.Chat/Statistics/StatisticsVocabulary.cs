using System.Text.Json;
using System.Text.Json.Serialization;

namespace PetitionBot.Chat.Statistics;

/// <summary>The words of a statistics request and the names its reply uses (statistics-words.json, embedded).</summary>
public sealed class StatisticsVocabulary
{
    private const string ResourceName = "PetitionBot.Chat.Statistics.statistics-words.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<StatisticsVocabulary> Embedded = new(LoadEmbedded);

    public List<TopicEntry> Topics { get; set; } = [];
    public List<string> ByWeekWords { get; set; } = [];
    public List<string> ByMonthWords { get; set; } = [];
    public List<PartOfYear> Quarters { get; set; } = [];
    public Dictionary<string, string> Forms { get; set; } = [];
    public Dictionary<string, string> Satisfaction { get; set; } = [];

    public static StatisticsVocabulary Default => Embedded.Value;

    public sealed class TopicEntry
    {
        public StatisticsTopic Topic { get; set; }
        public List<string> Words { get; set; } = [];
    }

    /// <summary>A quarter or half year: its words, first month, length in months and name.</summary>
    public sealed class PartOfYear
    {
        public List<string> Words { get; set; } = [];
        public int FirstMonth { get; set; }
        public int Months { get; set; }
        public string Label { get; set; } = "";
    }

    private static StatisticsVocabulary LoadEmbedded()
    {
        using var stream = typeof(StatisticsVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        var vocabulary = JsonSerializer.Deserialize<StatisticsVocabulary>(stream, Json)
            ?? throw new InvalidDataException($"Empty {ResourceName}.");
        if (vocabulary.Topics.Count == 0 || vocabulary.Forms.Count == 0)
            throw new InvalidDataException($"{ResourceName} has no topics or no form names.");
        return vocabulary;
    }
}
