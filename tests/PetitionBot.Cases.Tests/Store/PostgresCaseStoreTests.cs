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

    [Fact]
    public async Task A_units_due_list_count_uses_the_unit_indexes()
    {
        await BulkInsertCaseRowsAsync(20_000);
        // Half a year is due; one unit's share of it is the smaller set.
        var query = new CaseQuery { OpenOnly = true, DueTo = TestData.D("2020-06-30"), Units = ["单位7镇"] };
        var plan = await Store.ExplainCountAsync(query, TestData.D("2020-06-01"), CancellationToken.None);
        Assert.Contains("ix_cases_open_registering_unit", plan);
        Assert.Contains("ix_cases_open_responsible_unit", plan);
    }

    [Fact]
    public async Task The_stores_connections_start_no_parallel_workers_unless_the_connection_string_asks_for_them()
    {
        await using var plain = PostgresDialect.DataSource(_connectionString!);
        Assert.Equal("0", await ParallelWorkersAsync(plain));
        await using var asked = PostgresDialect.DataSource(_connectionString + ";Options=-c max_parallel_workers_per_gather=2");
        Assert.Equal("2", await ParallelWorkersAsync(asked));
    }

    private static async Task<object?> ParallelWorkersAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SHOW max_parallel_workers_per_gather");
        return await command.ExecuteScalarAsync();
    }

    private protected override SqlDialect Dialect { get; } = new PostgresDialect();

    private protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private protected override async Task BulkInsertCaseRowsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Every fifth case closed; due dates spread over about two years; 50 registering units (单位0镇 …).
        command.CommandText = """
            INSERT INTO cases (number, year, sequence, query_code, status, is_open, is_collective, registering_unit,
                received_on, next_due_date, version, data, created_at, updated_at)
            SELECT 'XF-2020-' || lpad(i::text, 6, '0'), 2020, i, 'B' || lpad(i::text, 5, '0'), 'in-progress', i % 5 <> 0, false,
                '单位' || (i % 50) || '镇', date '2020-01-01', date '2020-01-01' + (i % 700), 1, '{}'::jsonb, now(), now()
            FROM generate_series(1, @count) AS i;
            ANALYZE cases;
            """;
        command.Parameters.AddWithValue("count", count);
        await command.ExecuteNonQueryAsync();
    }
}
