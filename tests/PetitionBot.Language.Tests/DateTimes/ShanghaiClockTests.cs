using PetitionBot.Language.DateTimes;

namespace PetitionBot.Language.Tests.DateTimes;

public sealed class ShanghaiClockTests
{
    private sealed class FixedTime(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
    }

    [Fact]
    public void Now_is_utc_plus_eight()
    {
        var now = ShanghaiClock.Now(new FixedTime(new DateTimeOffset(2026, 3, 17, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(8), now.Offset);
        Assert.Equal(new DateTime(2026, 3, 18, 1, 30, 0), now.DateTime);
    }

    [Fact]
    public void A_local_timestamp_wins_over_the_clock()
    {
        var local = new DateTimeOffset(2026, 3, 18, 9, 0, 0, TimeSpan.FromHours(-5));
        Assert.Equal(local, ShanghaiClock.ReferenceFor(local, new FixedTime(DateTimeOffset.UnixEpoch)));
    }
}
