using PetitionBot.Cases.Lifecycle;

namespace PetitionBot.Cases.Store;

/// <summary>
/// Which database holds the cases: PostgreSQL when a connection string is configured, otherwise the embedded
/// SQLite file.
/// </summary>
public sealed record CaseStoreOptions
{
    public const string DefaultSqlitePath = "petitionbot-cases.db";

    /// <summary>SQLite database file; created if missing.</summary>
    public string SqlitePath { get; init; } = DefaultSqlitePath;

    /// <summary>Npgsql connection string; when set, SQLite is not used.</summary>
    public string? PostgresConnectionString { get; init; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>Opens the configured store and applies pending migrations.</summary>
    public async Task<ICaseStore> OpenAsync(CaseLifecycle lifecycle, CancellationToken cancellationToken) =>
        UsesPostgres
            ? await PostgresCaseStore.OpenAsync(PostgresConnectionString!, lifecycle, cancellationToken)
            : await SqliteCaseStore.OpenAsync(SqlitePath, lifecycle, cancellationToken);
}
