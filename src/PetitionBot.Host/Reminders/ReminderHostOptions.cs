namespace PetitionBot.Host.Reminders;

/// <summary>Host settings of the reminder service (section <c>Reminders</c>).</summary>
public sealed class ReminderHostOptions
{
    /// <summary>Set false to run an instance that never sends reminders.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the schedule is checked and due reminders sent.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TestClockOptions TestClock { get; set; } = new();

    public sealed class TestClockOptions
    {
        /// <summary>A file holding the current instant; when set, the whole host runs on that clock (tests only).</summary>
        public string? File { get; set; }
    }
}
