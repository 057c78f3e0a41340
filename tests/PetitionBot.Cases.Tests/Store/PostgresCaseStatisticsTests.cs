using Npgsql;
using PetitionBot.Cases.Store;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Cases.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseStatisticsTests(PostgresServerFixture postgres) : CaseStatisticsTests
{
    private string? _connectionString;

    private protected override async Task<RelationalCaseStore> OpenStoreAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        return await PostgresCaseStore.OpenAsync(_connectionString, CaseFactory.StatusMachine, CancellationToken.None);
    }

    private protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
