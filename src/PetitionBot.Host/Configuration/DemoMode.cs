namespace PetitionBot.Host.Configuration;

/// <summary>The embedded demo (demo cases and sign-ins): on for the embedded store unless Cases:SeedDemoData is false; never with PostgreSQL.</summary>
public static class DemoMode
{
    public static bool IsOn(IConfiguration configuration) =>
        !CaseDatabase.From(configuration).UsesPostgres && configuration.GetValue("Cases:SeedDemoData", true);
}
