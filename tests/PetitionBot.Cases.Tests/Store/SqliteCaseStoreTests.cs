using Microsoft.Data.Sqlite;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Tests.Store;

public sealed class SqliteCaseStoreTests : CaseStoreTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("petitionbot-cases-").FullName;

    private string DatabasePath => Path.Combine(_directory, "cases.db");

    private protected override async Task<RelationalCaseStore> OpenStoreAsync() =>
        await SqliteCaseStore.OpenAsync(DatabasePath, CaseFactory.StatusMachine, CancellationToken.None);

    // A folder that does not exist cannot hold the database file.
    private protected override RelationalCaseStore UnreachableStore() =>
        new SqliteCaseStore(Path.Combine(_directory, "missing", "cases.db"), CaseFactory.StatusMachine);

    private protected override SqlDialect Dialect { get; } = new SqliteDialect();

    private protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private protected override async Task BulkInsertCaseRowsAsync(int count)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Every fifth case closed; due dates spread over about two years; 50 registering units (单位0镇 …).
        command.CommandText = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
            INSERT INTO cases (number, year, sequence, query_code, status, is_open, is_collective, registering_unit,
                received_on, next_due_date, version, data, created_at, updated_at)
            SELECT printf('XF-2020-%06d', i), 2020, i, printf('B%05d', i), 'in-progress', i % 5 <> 0, 0, '单位' || (i % 50) || '镇',
                '2020-01-01', date('2020-01-01', '+' || (i % 700) || ' days'), 1, '{}', '2020-01-01', '2020-01-01'
            FROM n;
            ANALYZE;
            """;
        command.Parameters.AddWithValue("@count", count);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_file_runs_in_write_ahead_log_mode()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
