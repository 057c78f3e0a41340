namespace PetitionBot.Chat.Statistics;

/// <summary>A statistics reply: its text, follow-up buttons, and the chart (PNG) when one could be drawn.</summary>
public sealed record StatisticsAnswer(string Text, string[] Buttons, byte[]? Chart = null, string ChartName = "统计图.png");
