using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Tests.Store;

public class CaseStoreOptionsTests
{
    [Fact]
    public async Task Without_a_connection_string_the_embedded_file_is_used()
    {
        var directory = Directory.CreateTempSubdirectory("petitionbot-options-").FullName;
        try
        {
            var options = new CaseStoreOptions { SqlitePath = Path.Combine(directory, "cases.db") };
            Assert.False(options.UsesPostgres);
            await using (var store = await options.OpenAsync(CaseFactory.StatusMachine, CancellationToken.None))
            {
                Assert.IsType<SqliteCaseStore>(store);
                await store.CreateAsync(CaseFactory.Register(), CancellationToken.None);
            }
            Assert.True(File.Exists(options.SqlitePath));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_connection_string_selects_postgres() =>
        Assert.True(new CaseStoreOptions { PostgresConnectionString = "Host=db;Username=bot" }.UsesPostgres);
}
