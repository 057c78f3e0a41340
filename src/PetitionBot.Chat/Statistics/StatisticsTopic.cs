namespace PetitionBot.Chat.Statistics;

/// <summary>What a statistics request is about; <see cref="Overview"/> when it names nothing in particular.</summary>
public enum StatisticsTopic
{
    Overview,
    Repeat,
    Trend,
    Units,
    Collective,
    Categories,
    Forms,
    Satisfaction,
}
