using Microsoft.Extensions.DependencyInjection;
using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Statistics;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases;

/// <summary>
/// The case records and the rules over them, composed in one place: the working calendar and deadline policy read from
/// the regulations folder, the lifecycle, and the case and reminder stores on one database (SQLite or PostgreSQL).
/// The caller migrates the schema before first use (<see cref="RelationalCaseStore.MigrateAsync"/>).
/// </summary>
public static class CaseRecordServices
{
    public static IServiceCollection AddCaseRecords(this IServiceCollection services, CaseStoreOptions database, string regulationsFolder)
    {
        services.AddSingleton(_ => WorkingCalendar.Load(Path.Combine(regulationsFolder, "calendar")));
        services.AddSingleton(_ => DeadlinePolicy.LoadFolder(regulationsFolder));
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<CaseDeadlines>();
        services.AddSingleton<CaseLifecycle>();
        if (database.UsesPostgres)
        {
            services.AddSingleton<RelationalCaseStore>(sp => new PostgresCaseStore(
                database.PostgresConnectionString!, sp.GetRequiredService<CaseLifecycle>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.SqlitePath))!);
            services.AddSingleton<RelationalCaseStore>(sp => new SqliteCaseStore(
                database.SqlitePath, sp.GetRequiredService<CaseLifecycle>(), sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<RelationalCaseStore>());
        services.AddSingleton<ICaseStatistics>(sp => sp.GetRequiredService<RelationalCaseStore>());
        services.AddSingleton(_ => ReminderStore.For(database));
        return services;
    }
}
