using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using OpenAI;
using OpenAI.Chat;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Builds the chat client for the configured endpoint: Azure OpenAI through its own client (deployment paths,
/// api-key header or Entra ID token), anything else through the OpenAI client (bearer key).
/// </summary>
public static class ChatClientFactory
{
    /// <param name="options">A usable configuration.</param>
    /// <param name="timeout">The network timeout of this client's calls.</param>
    /// <param name="entraCredential">Azure without a key: the identity to sign in as; the default Azure identity chain when null.</param>
    public static ChatClient Create(LlmOptions options, TimeSpan timeout, TokenCredential? entraCredential = null)
    {
        if (!options.IsUsable) throw new InvalidOperationException("The model is not configured.");
        // A retry would outlast the timeout: the caller falls back instead. A model that keeps failing is not called
        // for a while (ModelHttp's circuit).
        var noRetries = new ClientRetryPolicy(maxRetries: 0);
        var transport = new HttpClientPipelineTransport(ModelHttp.Create(options));

        if (options.IsAzure)
        {
            var azureOptions = new AzureOpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = noRetries, Transport = transport };
            var resource = ResourceRoot(options.Endpoint!);
            var client = string.IsNullOrWhiteSpace(options.ApiKey)
                ? new AzureOpenAIClient(resource, entraCredential ?? new DefaultAzureCredential(), azureOptions)
                : new AzureOpenAIClient(resource, new ApiKeyCredential(options.ApiKey), azureOptions);
            return client.GetChatClient(options.Model);
        }

        var openAiOptions = new OpenAIClientOptions { Endpoint = options.Endpoint, NetworkTimeout = timeout, RetryPolicy = noRetries, Transport = transport };
        // Local servers often need no key, but the client insists on one.
        return new ChatClient(options.Model, new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey), openAiOptions);
    }

    /// <summary>https://x.openai.azure.com/openai/v1/ → https://x.openai.azure.com/ (the client adds /openai/deployments/…).</summary>
    public static Uri ResourceRoot(Uri endpoint)
    {
        var path = endpoint.AbsolutePath;
        var cut = path.IndexOf("/openai", StringComparison.OrdinalIgnoreCase);
        var kept = cut >= 0 ? path[..cut] : path;
        return new Uri(endpoint.GetLeftPart(UriPartial.Authority) + kept.TrimEnd('/') + "/");
    }
}
