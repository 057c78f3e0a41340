using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Demo;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Host.Bot;
using PetitionBot.Host.Bot.Handlers;
using PetitionBot.Host.Cases;

namespace PetitionBot.Host.Configuration;

/// <summary>
/// Deadline policy, calendar and the case store (SQLite by default, PostgreSQL when <c>ConnectionStrings:PostgreSQL</c>
/// is set), the demo cases of the embedded store, and the chat jobs on cases: queries, lists, lifecycle actions.
/// </summary>
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

        var database = CaseDatabase.From(configuration);
        if (database.UsesPostgres)
        {
            services.AddSingleton<RelationalCaseStore>(sp => new PostgresCaseStore(database.PostgresConnectionString!, sp.GetRequiredService<CaseLifecycle>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.SqlitePath))!);
            services.AddSingleton<RelationalCaseStore>(sp => new SqliteCaseStore(database.SqlitePath, sp.GetRequiredService<CaseLifecycle>(), sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<RelationalCaseStore>());
        services.AddHostedService<CaseStoreMigration>();
        // Never on a shared database; runs after the migration because hosted services start in order.
        if (DemoMode.IsOn(configuration))
        {
            services.AddSingleton<DemoCaseSeeder>();
            services.AddHostedService<DemoCaseSeeding>();
        }
        services.AddSingleton<IFormSubmitHandler, LogVisitSubmitHandler>();
        services.AddSingleton<IFormSubmitHandler, CaseActionSubmitHandler>();

        services.AddSingleton<CaseCard>();
        services.AddSingleton<CaseListReply>();
        services.AddSingleton<CaseAnswers>();
        services.AddSingleton<CaseLocator>();
        services.AddSingleton<CaseFilingPolicy>();
        services.AddSingleton<CaseActionRunner>();
        services.AddSingleton<IIntentHandler, CaseQueryHandler>();
        services.AddSingleton<IIntentHandler, CaseActionHandler>();
        services.AddSingleton<IIntentHandler, CaseFollowUpHandler>();
        return services;
    }
}
