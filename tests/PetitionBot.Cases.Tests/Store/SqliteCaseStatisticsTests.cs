using Microsoft.Data.Sqlite;
using PetitionBot.Cases.Statistics;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Tests.Store;

public sealed class SqliteCaseStatisticsTests : CaseStatisticsTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("petitionbot-stats-").FullName;

    private string DatabasePath => Path.Combine(_directory, "cases.db");

    private protected override async Task<RelationalCaseStore> OpenStoreAsync() =>
        await SqliteCaseStore.OpenAsync(DatabasePath, CaseFactory.StatusMachine, CancellationToken.None);

    private protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_tally_reads_the_period_index()
    {
        var plan = await Store.ExplainTallyAsync(new CaseQuery { ReceivedFrom = TestData.D("2026-03-01"), ReceivedTo = TestData.D("2026-03-31") },
            CaseGrouping.Unit, TestData.D("2026-04-01"), CancellationToken.None);
        Assert.Contains("ix_cases_received_stats", plan);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
