using PetitionBot.Cases.Tests.Reminders;

namespace PetitionBot.Cases.Tests.Retention;

public sealed class SqliteRetentionTests : RetentionTests
{
    private protected override Task<ReminderTestBed> OpenBedAsync() => ReminderTestBed.SqliteAsync();
}
