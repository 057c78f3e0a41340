namespace PetitionBot.Language.Durations;

/// <summary>A length of time as said: 15日 = (15, Days), 半个月 = (0.5, Months). Deadline code decides what a month is.</summary>
public readonly record struct Duration(decimal Amount, DurationUnit Unit);
