namespace PetitionBot.Chat.Statistics.Charts;

/// <summary>One bar or one point of a chart: its label, its value, and the text written at it (e.g. "8.1%").</summary>
public sealed record ChartPoint(string Label, double Value, string ValueText);
