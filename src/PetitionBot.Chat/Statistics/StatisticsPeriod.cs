namespace PetitionBot.Chat.Statistics;

/// <summary>The days a statistic covers (received from/to, both included) and how the reply names them.</summary>
/// <param name="Label">The period as the reply names it ("2026年11月", "本月（截至12月8日）").</param>
/// <param name="Words">The period said again so the reader reads it back (for buttons that ask a follow-up).</param>
/// <param name="Months">Whether the period spans a quarter or more, so a trend over it is counted by month.</param>
public sealed record StatisticsPeriod(DateOnly From, DateOnly To, string Label, string Words, bool Months);
