using PetitionBot.Regulations;
using PetitionBot.Regulations.Llm;

namespace PetitionBot.Chat.Regulations;

/// <summary>The loaded regulation texts, read once in the background at start-up; callers await <see cref="GetAsync"/>.</summary>
public sealed class RegulationLibrary(string folder, LlmOptions llm, LlmTelemetry? llmTelemetry = null)
{
    private readonly Lazy<Task<RegulationAssistant>> _assistant = new(() => RegulationAssistant.LoadAsync(folder, llm, CancellationToken.None, llmTelemetry));

    /// <summary>The model settings in force (never the key), for the start-up log.</summary>
    public LlmOptions Llm => llm;

    public Task<RegulationAssistant> GetAsync() => _assistant.Value;
}
