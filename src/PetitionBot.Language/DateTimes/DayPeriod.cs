namespace PetitionBot.Language.DateTimes;

/// <summary>Period words: 凌晨, 早上/上午, 中午, 下午, 晚上/傍晚.</summary>
public enum DayPeriod
{
    EarlyMorning,
    Morning,
    Noon,
    Afternoon,
    Evening,
}
