using PetitionBot.Language.Display;

namespace PetitionBot.Language.Tests.Display;

public sealed class ChineseDateFormatTests
{
    [Fact]
    public void Formats_dates_with_the_weekday()
    {
        var day = new DateOnly(2026, 3, 17); // a Tuesday
        Assert.Equal("2026年3月17日（周二）", ChineseDateFormat.Date(day));
        Assert.Equal("3月17日（周二）", ChineseDateFormat.ShortDate(day));
        Assert.Equal("2026年3月17日（周二）15:00", ChineseDateFormat.DateTime(day, new TimeOnly(15, 0)));
        Assert.Equal("2026年4月1日（周三）", ChineseDateFormat.Date(new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void A_timestamp_is_shown_in_its_own_offset() =>
        Assert.Equal("2026年3月18日（周三）01:30", ChineseDateFormat.DateTime(new DateTimeOffset(2026, 3, 18, 1, 30, 0, TimeSpan.FromHours(8))));
}
