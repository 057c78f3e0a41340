namespace PetitionBot.Language.DateTimes;

/// <summary>
/// A resolved date, with a clock time when one was said. <see cref="Period"/> keeps "下午" when no hour was given;
/// <see cref="DateImplied"/> means only a time was said and the date is the reference day.
/// </summary>
public sealed record ResolvedDateTime(DateOnly Date, DateGranularity Granularity = DateGranularity.Day, TimeOnly? Time = null, DayPeriod? Period = null, bool DateImplied = false)
{
    public bool HasTime => Time is not null;

    public DateTimeOffset? ToDateTimeOffset(TimeSpan offset) =>
        Time is { } time ? new DateTimeOffset(Date.ToDateTime(time), offset) : null;
}
