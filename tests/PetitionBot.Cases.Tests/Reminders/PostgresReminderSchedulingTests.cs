using PetitionBot.Cases.Tests.Store;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Cases.Tests.Reminders;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderSchedulingTests(PostgresServerFixture postgres) : ReminderSchedulingTests
{
    private protected override async Task<ReminderTestBed> OpenBedAsync() =>
        await ReminderTestBed.PostgresAsync(await postgres.CreateDatabaseAsync());
}
