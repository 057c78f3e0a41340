namespace PetitionBot.Cases.Tests.Reminders;

/// <summary>A clock the test moves by hand; timers still run on real time.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => Volatile.Read(ref _now).ToUniversalTime();

    public void Set(DateTimeOffset now) => _now = now;

    /// <summary>A China time like "2026-03-27 09:00".</summary>
    public void Set(string chinaTime) => _now = China(chinaTime);

    public static DateTimeOffset China(string chinaTime) =>
        new(DateTime.Parse(chinaTime, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(8));
}
