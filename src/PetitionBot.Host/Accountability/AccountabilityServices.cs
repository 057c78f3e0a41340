using PetitionBot.Host.Bot;
using PetitionBot.Host.Bot.Handlers;
using PetitionBot.Host.Regulations;

namespace PetitionBot.Host.Accountability;

/// <summary>The accountability advisor and its handler. Register before the regulation question handler, which also takes accountability intents.</summary>
public static class AccountabilityServices
{
    public static IServiceCollection AddAccountabilityAdvisor(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Regulations").Get<RegulationOptions>() ?? new RegulationOptions();
        var folder = options.Folder ?? Path.Combine(AppContext.BaseDirectory, "regulations");
        services.AddSingleton(sp => new AccountabilityAdvisorLibrary(sp.GetRequiredService<RegulationLibrary>(), folder));
        services.AddSingleton<AccountabilityHandler>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<AccountabilityHandler>());
        return services;
    }
}
