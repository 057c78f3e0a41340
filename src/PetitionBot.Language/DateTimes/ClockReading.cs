namespace PetitionBot.Language.DateTimes;

/// <summary>Turns a said hour plus period word into a 24-hour time; "三点" alone is ambiguous.</summary>
internal sealed record ClockReading(TimeOnly Time, int DayShift, bool IsAmbiguous, ClockReading? Alternative)
{
    public static ClockReading Resolve(int hour, int minute, DayPeriod? period, DateResolutionOptions options)
    {
        if (hour == 24)
        {
            return new ClockReading(new TimeOnly(0, minute), 1, false, null);
        }
        switch (period)
        {
            case DayPeriod.EarlyMorning:
                return At(hour == 12 ? 0 : hour, minute);
            case DayPeriod.Morning:
                return At(hour, minute);
            case DayPeriod.Noon:
                return At(hour is >= 1 and <= 4 ? hour + 12 : hour, minute);
            case DayPeriod.Afternoon:
                return At(hour < 12 ? hour + 12 : hour, minute);
            case DayPeriod.Evening:
                if (hour == 12)
                {
                    return new ClockReading(new TimeOnly(0, minute), 1, false, null); // 晚上12点 is midnight
                }
                if (hour is >= 1 and <= 4)
                {
                    return new ClockReading(new TimeOnly(hour, minute), 1, false, null); // 晚上1点 is after midnight
                }
                return At(hour < 12 ? hour + 12 : hour, minute);
        }
        if (hour == 0 || hour > 12)
        {
            return At(hour, minute);
        }
        // No period word: pick the reading inside the working day, keep the other as an alternative.
        var morning = hour == 12 ? 12 : hour;
        var evening = hour == 12 ? 0 : hour + 12;
        var preferMorning = Distance(morning, options) <= Distance(evening, options);
        var (chosen, other) = preferMorning ? (morning, evening) : (evening, morning);
        return new ClockReading(new TimeOnly(chosen, minute), 0, true, At(other, minute));
    }

    private static ClockReading At(int hour, int minute) => new(new TimeOnly(hour, minute), 0, false, null);

    private static int Distance(int hour, DateResolutionOptions options) =>
        hour < options.DayStartHour ? options.DayStartHour - hour
        : hour > options.DayEndHour ? hour - options.DayEndHour
        : 0;
}
