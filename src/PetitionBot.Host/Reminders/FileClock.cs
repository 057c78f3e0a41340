using System.Globalization;

namespace PetitionBot.Host.Reminders;

/// <summary>
/// A clock for end-to-end tests of a real host process: "now" is the instant written in a file (ISO 8601 with offset),
/// read on every call, so a test moves time by rewriting the file. Used only when <c>Reminders:TestClock:File</c> is set.
/// </summary>
public sealed class FileClock(string path) : TimeProvider
{
    private long _lastUtcTicks = DateTimeOffset.UtcNow.UtcTicks;

    public string Path { get; } = path;

    public override DateTimeOffset GetUtcNow()
    {
        try
        {
            var text = File.ReadAllText(Path).Trim();
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var now))
            {
                Interlocked.Exchange(ref _lastUtcTicks, now.UtcTicks);
                return now.ToUniversalTime();
            }
        }
        catch (IOException)
        {
            // Being rewritten right now: the last reading stands.
        }
        return new DateTimeOffset(Interlocked.Read(ref _lastUtcTicks), TimeSpan.Zero);
    }
}
