using PetitionBot.Host.Reminders;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Retention;
using PetitionBot.Cases.Store;

namespace PetitionBot.Host.Configuration;

/// <summary>
/// Reminders: the reminder tables in the case database, and the hosted scheduler. Call after the case
/// services, so the case store's migrations (which create the reminder tables) start first.
/// </summary>
public static class ReminderServices
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Reminders");
        var options = section.Get<ReminderOptions>() ?? new ReminderOptions();
        var hostOptions = section.Get<ReminderHostOptions>() ?? new ReminderHostOptions();
        services.AddSingleton(options);
        services.AddSingleton(hostOptions);
        services.AddSingleton(RetentionSettings.From(configuration));
        if (hostOptions.TestClock.File is { Length: > 0 } clockFile)
            services.AddSingleton<TimeProvider>(new FileClock(clockFile));

        services.AddSingleton(sp => new ReminderScheduler(sp.GetRequiredService<ReminderStore>(), sp.GetRequiredService<CaseDeadlines>(),
            options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReminderDispatcher(sp.GetRequiredService<ReminderStore>(), sp.GetRequiredService<ICaseStore>(),
            sp.GetRequiredService<CaseDeadlines>(), sp.GetRequiredService<IReminderSender>(), options, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IPersonNames>()));
        if (hostOptions.Enabled)
            services.AddHostedService<ReminderHostedService>();
        return services;
    }
}
