using System.Globalization;
using Npgsql;
using PetitionBot.Cases.Store;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Cases.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseStoreTests(PostgresServerFixture postgres) : CaseStoreTests
{
    private string? _connectionString;

    private protected override async Task<RelationalCaseStore> OpenStoreAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        return await PostgresCaseStore.OpenAsync(_connectionString, CaseFactory.StatusMachine, CancellationToken.None);
    }

    // A port nobody listens on: connecting is refused.
    private protected override RelationalCaseStore UnreachableStore() => new PostgresCaseStore(
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={FreeTcpPort.Next()};Username=postgres;Database=none;Timeout=5"),
        CaseFactory.StatusMachine);

    private protected override async Task BulkInsertCaseRowsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Every fifth case closed; due dates spread over about two years.
        command.CommandText = """
            INSERT INTO cases (number, year, sequence, query_code, status, is_open, is_collective, registering_unit,
                received_on, next_due_date, version, data, created_at, updated_at)
            SELECT 'XF-2020-' || lpad(i::text, 6, '0'), 2020, i, 'B' || lpad(i::text, 5, '0'), 'in-progress', i % 5 <> 0, false,
                '城关镇', date '2020-01-01', date '2020-01-01' + (i % 700), 1, '{}'::jsonb, now(), now()
            FROM generate_series(1, @count) AS i;
            ANALYZE cases;
            """;
        command.Parameters.AddWithValue("count", count);
        await command.ExecuteNonQueryAsync();
    }
}
