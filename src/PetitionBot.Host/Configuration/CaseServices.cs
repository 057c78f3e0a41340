using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Host.Cases;

namespace PetitionBot.Host.Configuration;

/// <summary>Deadline policy, calendar and the case store: SQLite by default, PostgreSQL when <c>ConnectionStrings:PostgreSQL</c> is set.</summary>
public static class CaseServices
{
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        var regulations = configuration["Regulations:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "regulations");
        services.AddSingleton(_ => WorkingCalendar.Load(Path.Combine(regulations, "calendar")));
        services.AddSingleton(_ => DeadlinePolicy.LoadFolder(regulations));
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<CaseDeadlines>();
        services.AddSingleton<CaseLifecycle>();

        var postgres = configuration.GetConnectionString("PostgreSQL");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddSingleton<RelationalCaseStore>(sp => new PostgresCaseStore(postgres, sp.GetRequiredService<CaseLifecycle>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            var path = configuration["Cases:Sqlite:Path"] ?? Path.Combine(AppContext.BaseDirectory, "data", "petitionbot.db");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            services.AddSingleton<RelationalCaseStore>(sp => new SqliteCaseStore(path, sp.GetRequiredService<CaseLifecycle>(), sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<RelationalCaseStore>());
        services.AddHostedService<CaseStoreMigration>();
        services.AddSingleton<IFormSubmitHandler, LogVisitSubmitHandler>();
        return services;
    }
}
