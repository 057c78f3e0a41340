using Azure.Core;
using PetitionBot.Regulations.Llm;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>Both dialects on the wire: Azure OpenAI (deployment path, api-version, api-key or Entra ID token) and OpenAI-compatible (bearer).</summary>
public class ChatEndpointTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private const string Faithful = "可以，收到《责任追究决定书》之日起15日内向决定机关提出书面申诉[1]。";

    private async Task<LlmAnswerPhraser.Outcome> AskAsync(LlmOptions options, TokenCredential? entra = null)
    {
        using var recorded = new RecordedTelemetry();
        var extractive = CitedAnswers.Extractive(loaded.Corpus, "对追责决定不服多久内申诉", "hunan-2016#12");
        return await new RegulationLlm(options, loaded.Corpus, recorded.Telemetry, entra).Phraser.PhraseAsync(extractive, CancellationToken.None);
    }

    [Fact]
    public async Task AnOpenAiCompatibleServerGetsTheModelAndABearerKey()
    {
        await using var server = new ScriptedChatServer();
        server.Reply(Faithful);

        var outcome = await AskAsync(new LlmOptions { Enabled = true, Endpoint = server.BaseUrl, Model = "qwen2.5-7b-instruct", ApiKey = "k-123" });

        Assert.True(outcome.Answer.IsAiGenerated);
        var request = Assert.Single(server.Received);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer k-123", request.Authorization);
        Assert.Null(request.ApiKey);
        Assert.Equal("qwen2.5-7b-instruct", (string?)request.Json["model"]);
        Assert.Equal(0, (double?)request.Json["temperature"]);
    }

    [Theory]
    [InlineData("")]            // the resource endpoint
    [InlineData("openai/v1/")]  // the v1 base URL written for the OpenAI client: the resource is taken from it
    public async Task AzureGetsTheDeploymentPathAndTheApiKeyHeader(string path)
    {
        await using var server = new ScriptedChatServer();
        server.Reply(Faithful);

        var outcome = await AskAsync(new LlmOptions
        {
            Enabled = true, Provider = "azure", Endpoint = new Uri(server.Root, path), Model = "gpt-4o-mini-prod", ApiKey = "azure-key",
        });

        Assert.True(outcome.Answer.IsAiGenerated);
        var request = Assert.Single(server.Received);
        Assert.Equal("/openai/deployments/gpt-4o-mini-prod/chat/completions", request.Path);
        Assert.False(string.IsNullOrEmpty(request.ApiVersion));
        Assert.Equal("azure-key", request.ApiKey);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task AzureWithoutAKeySignsInWithEntraId()
    {
        await using var server = new ScriptedChatServer();
        server.Reply(Faithful);
        var credential = new FixedTokenCredential("entra-token-1");

        var outcome = await AskAsync(new LlmOptions { Enabled = true, Provider = "azure", Endpoint = server.Root, Model = "gpt-4o" }, credential);

        Assert.True(outcome.Answer.IsAiGenerated);
        var request = Assert.Single(server.Received);
        Assert.Equal("/openai/deployments/gpt-4o/chat/completions", request.Path);
        Assert.Equal("Bearer entra-token-1", request.Authorization);
        Assert.Null(request.ApiKey);
        Assert.Contains("https://cognitiveservices.azure.com/.default", credential.ScopesAsked);
    }

    [Fact]
    public async Task AnAzureAuthFailureFallsBack()
    {
        await using var server = new ScriptedChatServer();
        server.Fail(401);

        var outcome = await AskAsync(new LlmOptions { Enabled = true, Provider = "azure", Endpoint = server.Root, Model = "gpt-4o", ApiKey = "wrong" });

        Assert.False(outcome.Answer.IsAiGenerated);
        Assert.Equal("auth", outcome.FallbackReason!.Code);
    }

    [Theory]
    [InlineData("https://contoso.openai.azure.com/", "auto", true)]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", "auto", true)]
    [InlineData("https://contoso.cognitiveservices.azure.com/", "auto", true)]
    [InlineData("https://api.deepseek.com/v1/", "auto", false)]
    [InlineData("http://127.0.0.1:8000/v1/", "auto", false)]
    [InlineData("http://10.1.2.3:8000/", "azure", true)]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", "openai", false)]
    public void TheProviderFollowsTheSettingOrTheHost(string endpoint, string provider, bool azure) =>
        Assert.Equal(azure, new LlmOptions { Endpoint = new Uri(endpoint), Provider = provider }.IsAzure);

    [Theory]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", "https://contoso.openai.azure.com/")]
    [InlineData("https://contoso.openai.azure.com", "https://contoso.openai.azure.com/")]
    [InlineData("https://gateway.example/aoai/openai/deployments/x/", "https://gateway.example/aoai/")]
    public void AzureResourceRootDropsTheOpenAiPath(string endpoint, string root) =>
        Assert.Equal(root, ChatClientFactory.ResourceRoot(new Uri(endpoint)).ToString());

    private sealed class FixedTokenCredential(string token) : TokenCredential
    {
        public List<string> ScopesAsked { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (ScopesAsked) ScopesAsked.AddRange(requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
