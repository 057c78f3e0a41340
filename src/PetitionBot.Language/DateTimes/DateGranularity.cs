namespace PetitionBot.Language.DateTimes;

/// <summary>How precise a resolved date is: 下周 is a week (its Monday), 今年3月 a month (its 1st).</summary>
public enum DateGranularity
{
    Day,
    Week,
    Month,
    Year,
}
