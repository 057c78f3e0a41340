using PetitionBot.Cases.Tests.Reminders;
using PetitionBot.Cases.Tests.Store;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Cases.Tests.Retention;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRetentionTests(PostgresServerFixture postgres) : RetentionTests
{
    private protected override async Task<ReminderTestBed> OpenBedAsync() =>
        await ReminderTestBed.PostgresAsync(await postgres.CreateDatabaseAsync());
}
