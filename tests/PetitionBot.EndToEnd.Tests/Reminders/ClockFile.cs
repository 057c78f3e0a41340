using System.Globalization;

namespace PetitionBot.EndToEnd.Tests.Reminders;

/// <summary>The host's test clock: a file holding "now", rewritten by the test to move time.</summary>
public sealed class ClockFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("petitionbot-clock-").FullName;

    public ClockFile(string chinaTime) => Set(chinaTime);

    public string Path => System.IO.Path.Combine(_folder, "now.txt");

    public DateTimeOffset Now { get; private set; }

    /// <summary>Sets China time, e.g. "2026-03-27 09:00".</summary>
    public void Set(string chinaTime)
    {
        Now = new DateTimeOffset(DateTime.Parse(chinaTime, CultureInfo.InvariantCulture), TimeSpan.FromHours(8));
        var temp = Path + ".tmp";
        File.WriteAllText(temp, Now.ToString("O", CultureInfo.InvariantCulture));
        File.Move(temp, Path, overwrite: true);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
