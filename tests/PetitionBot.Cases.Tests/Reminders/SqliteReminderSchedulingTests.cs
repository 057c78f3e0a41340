namespace PetitionBot.Cases.Tests.Reminders;

public sealed class SqliteReminderSchedulingTests : ReminderSchedulingTests
{
    private protected override Task<ReminderTestBed> OpenBedAsync() => ReminderTestBed.SqliteAsync();
}
