namespace PetitionBot.Language.DateTimes;

/// <summary>The date half of an expression, already resolved (or an error), ending at <see cref="End"/>.</summary>
internal sealed record DatePart(int End, DateOnly Date, DateGranularity Granularity, string? Error = null, double Confidence = 1.0, DayPeriod? Period = null, bool IsMonthDotDay = false);
