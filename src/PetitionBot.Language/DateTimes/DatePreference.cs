namespace PetitionBot.Language.DateTimes;

/// <summary>Which way a date without a year (or a bare weekday) leans: a visit date is past, a deadline future.</summary>
public enum DatePreference
{
    Past,
    Future,
}
