using PetitionBot.Cases.Deadlines;
using static PetitionBot.Cases.Tests.TestData;

namespace PetitionBot.Cases.Tests.Deadlines;

public class WorkingCalendarTests
{
    [Fact]
    public void Knows_which_years_are_loaded()
    {
        Assert.Equal([2025, 2026], Calendar.LoadedYears);
        Assert.Equal(2026, Calendar.LastLoadedYear);
        Assert.True(Calendar.IsKnown(D("2026-12-31")));
        Assert.False(Calendar.IsKnown(D("2027-01-01")));
    }

    [Theory]
    [InlineData("2026-02-17", false)] // 春节, a Tuesday
    [InlineData("2026-02-14", true)]  // Saturday worked (调休)
    [InlineData("2026-01-04", true)]  // Sunday worked (调休)
    [InlineData("2026-03-14", false)] // ordinary Saturday
    [InlineData("2026-03-16", true)]  // ordinary Monday
    [InlineData("2025-10-08", false)] // last day of 国庆节、中秋节 2025
    [InlineData("2027-01-01", true)]  // not loaded: weekdays only, so provisional callers must say so
    public void Working_days_follow_holidays_and_adjusted_days(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Fact]
    public void Names_the_holiday() => Assert.Equal("春节", Calendar.HolidayName(D("2026-02-20")));

    [Fact]
    public void Missing_folder_is_reported()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Assert.Throws<DirectoryNotFoundException>(() => WorkingCalendar.Load(missing));
    }
}
