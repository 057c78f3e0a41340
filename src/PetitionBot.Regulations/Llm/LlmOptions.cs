namespace PetitionBot.Regulations.Llm;

/// <summary>
/// A chat model that may phrase answers from retrieved clauses (and, if asked, restate questions in the texts'
/// terms): Azure OpenAI, or any OpenAI-compatible server (OpenAI, DeepSeek, Qwen on vLLM, Ollama …).
/// Off unless enabled and given an endpoint and a model.
/// </summary>
public sealed record LlmOptions
{
    public bool Enabled { get; init; }

    /// <summary>
    /// Azure: the resource, https://{resource}.openai.azure.com/ (a path after it, such as /openai/v1/, is ignored).
    /// OpenAI-compatible: the base URL, e.g. https://api.deepseek.com/v1/ or http://127.0.0.1:8000/v1/.
    /// </summary>
    public Uri? Endpoint { get; init; }

    /// <summary>The model name; on Azure, the deployment name.</summary>
    public string Model { get; init; } = "";

    /// <summary>
    /// Azure: sent as the api-key header; when empty, an Entra ID token is used instead (managed identity,
    /// workload identity, environment or developer sign-in). OpenAI-compatible: sent as a bearer token.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary><c>auto</c> (Azure for *.openai.azure.com and *.cognitiveservices.azure.com hosts), <c>azure</c> or <c>openai</c>.</summary>
    public string Provider { get; init; } = "auto";

    /// <summary>After this the extractive answer is used instead.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(8);

    public int MaxOutputTokens { get; init; } = 400;

    /// <summary>Also ask the model to restate a question in the texts' terms before retrieval.</summary>
    public bool RewriteQuestions { get; init; }

    /// <summary>After this the original question is searched.</summary>
    public TimeSpan RewriteTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The model is left alone for <see cref="BreakFor"/> once at least this many calls within a minute were made and
    /// half of them failed (errors, timeouts): each question then gets the extractive answer at once instead of waiting
    /// out the timeout on a model that is down.
    /// </summary>
    public int BreakAfterCalls { get; init; } = 6;

    public TimeSpan BreakFor { get; init; } = TimeSpan.FromSeconds(30);

    public bool IsUsable => Enabled && Endpoint is not null && !string.IsNullOrWhiteSpace(Model);

    /// <summary>Whether to speak Azure OpenAI's dialect (deployments, api-key header or Entra ID).</summary>
    public bool IsAzure => Provider.Trim().ToLowerInvariant() switch
    {
        "azure" => true,
        "openai" => false,
        _ => Endpoint is { } e && (e.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase)
                                   || e.Host.EndsWith(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase)),
    };
}
