namespace PetitionBot.Language.DateTimes;

/// <summary>"Now" for users who sent no localTimestamp: China Standard Time.</summary>
public static class ShanghaiClock
{
    /// <summary>China has used UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no tz database.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return timeProvider.GetUtcNow().ToOffset(Offset);
    }

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider timeProvider) => DateOnly.FromDateTime(Now(timeProvider).DateTime);

    /// <summary>The user's local timestamp when the channel sent one, else now in Shanghai.</summary>
    public static DateTimeOffset ReferenceFor(DateTimeOffset? localTimestamp, TimeProvider timeProvider) =>
        localTimestamp ?? Now(timeProvider);
}
