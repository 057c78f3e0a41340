using System.Diagnostics.Metrics;
using PetitionBot.Host.Bot;
using PetitionBot.Host.Bot.Handlers;
using PetitionBot.Host.Regulations;
using PetitionBot.Regulations.Llm;

namespace PetitionBot.Host.Configuration;

/// <summary>The regulation texts and the question handler; an LLM only when <c>Llm:Enabled</c> is true.</summary>
public static class RegulationServices
{
    public static IServiceCollection AddRegulations(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Regulations").Get<RegulationOptions>() ?? new RegulationOptions();
        var folder = options.Folder ?? Path.Combine(AppContext.BaseDirectory, "regulations");
        var llm = configuration.GetSection("Llm").Get<LlmOptions>() ?? new LlmOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp => new RegulationLibrary(folder, llm, new LlmTelemetry(
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("PetitionBot.Regulations.Llm"),
            sp.GetService<IMeterFactory>()?.Create(LlmTelemetry.MeterName))));
        services.AddHostedService<RegulationLibraryWarmUp>();
        services.AddSingleton<CallerJurisdiction>();
        services.AddSingleton<RegulationQuestionHandler>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<RegulationQuestionHandler>());
        return services;
    }
}
