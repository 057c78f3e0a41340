namespace PetitionBot.Chat.Statistics;

/// <summary>A statistics request as read: its topic, its period, and for a trend whether to count by month.</summary>
public sealed record StatisticsRequest(StatisticsTopic Topic, StatisticsPeriod Period, bool ByMonth);
