using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Tests.Store;

public class SchemaMigratorTests
{
    [Fact]
    public void Both_dialects_have_the_same_numbered_migrations_from_one()
    {
        var sqlite = SchemaMigrator.Scripts(new SqliteDialect());
        var postgres = SchemaMigrator.Scripts(new PostgresDialect());
        Assert.NotEmpty(sqlite);
        Assert.Equal(Enumerable.Range(1, sqlite.Count), sqlite.Select(s => s.Version));
        Assert.Equal(sqlite.Select(s => s.Name), postgres.Select(s => s.Name));
        Assert.Contains("CREATE TABLE case_events", sqlite[0].Sql);
        Assert.Contains("CREATE TABLE case_events", postgres[0].Sql);
    }
}
