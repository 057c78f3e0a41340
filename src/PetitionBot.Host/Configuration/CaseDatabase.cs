using PetitionBot.Cases.Store;

namespace PetitionBot.Host.Configuration;

/// <summary>Which database holds cases and reminders, read from configuration in one place.</summary>
public static class CaseDatabase
{
    public static CaseStoreOptions From(IConfiguration configuration) => new()
    {
        PostgresConnectionString = configuration.GetConnectionString("PostgreSQL") is { } postgres && !string.IsNullOrWhiteSpace(postgres) ? postgres : null,
        SqlitePath = configuration["Cases:Sqlite:Path"] ?? Path.Combine(AppContext.BaseDirectory, "data", "petitionbot.db"),
    };
}
