namespace PetitionBot.Regulations.Llm;

/// <summary>
/// An OpenAI-compatible chat endpoint (Azure OpenAI v1, OpenAI, DeepSeek, Qwen on vLLM, Ollama …) that may
/// phrase answers from retrieved clauses. Off unless enabled and given an endpoint and model.
/// </summary>
public sealed record LlmOptions
{
    public bool Enabled { get; init; }

    /// <summary>Base URL, e.g. https://{resource}.openai.azure.com/openai/v1/ or http://127.0.0.1:11434/v1/.</summary>
    public Uri? Endpoint { get; init; }

    public string Model { get; init; } = "";

    /// <summary>Sent as a bearer token; local servers often accept any value.</summary>
    public string? ApiKey { get; init; }

    /// <summary>After this the extractive answer is used instead.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(8);

    public int MaxOutputTokens { get; init; } = 400;

    public bool IsUsable => Enabled && Endpoint is not null && !string.IsNullOrWhiteSpace(Model);
}
