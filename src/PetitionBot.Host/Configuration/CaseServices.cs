using PetitionBot.Cases;
using PetitionBot.Cases.Demo;
using PetitionBot.Host.Cases;

namespace PetitionBot.Host.Configuration;

/// <summary>
/// Deadline policy, calendar and the case store (SQLite by default, PostgreSQL when <c>ConnectionStrings:PostgreSQL</c>
/// is set) and the demo cases of the embedded store.
/// </summary>
public static class CaseServices
{
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        var regulations = configuration["Regulations:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "regulations");
        services.AddCaseRecords(CaseDatabase.From(configuration), regulations);
        services.AddHostedService<CaseStoreMigration>();
        // Never on a shared database; runs after the migration because hosted services start in order.
        if (DemoMode.IsOn(configuration))
        {
            services.AddSingleton<DemoCaseSeeder>();
            services.AddHostedService<DemoCaseSeeding>();
        }
        return services;
    }
}
