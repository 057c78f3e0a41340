using PetitionBot.Language.Text;

namespace PetitionBot.Chat.Statistics;

/// <summary>Reads the topic (statistics-words.json, first topic that matches) and the period of a statistics request.</summary>
public static class StatisticsRequestReader
{
    public static StatisticsRequest Read(string text, DateTimeOffset reference, StatisticsVocabulary? vocabulary = null)
    {
        vocabulary ??= StatisticsVocabulary.Default;
        var compact = TextNormalizer.Compact(text);
        var topic = vocabulary.Topics.FirstOrDefault(t => t.Words.Any(w => compact.Contains(w, StringComparison.Ordinal)))?.Topic
            ?? StatisticsTopic.Overview;
        var period = StatisticsPeriodReader.Read(text, reference, vocabulary);
        var byMonth = vocabulary.ByMonthWords.Any(w => compact.Contains(w, StringComparison.Ordinal))
            || (!vocabulary.ByWeekWords.Any(w => compact.Contains(w, StringComparison.Ordinal)) && period.Months);
        return new StatisticsRequest(topic, period, byMonth);
    }
}
