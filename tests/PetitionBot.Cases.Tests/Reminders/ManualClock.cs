using System.Globalization;

namespace PetitionBot.Cases.Tests.Reminders;

/// <summary>A clock the test moves by hand; timers still run on real time.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);

    /// <summary>A China time like "2026-03-27 09:00".</summary>
    public void Set(string chinaTime) => Set(China(chinaTime));

    public static DateTimeOffset China(string chinaTime) =>
        new(DateTime.Parse(chinaTime, CultureInfo.InvariantCulture), TimeSpan.FromHours(8));
}
