using System.Diagnostics;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Llm;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Tests.Llm;

public class LlmAnswerPhraserTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private const string Question = "湖南 信访事项逾期没办结 要追责吗";

    private GroundedAnswer Extractive() => new GroundedAnswerComposer(new ClauseSearch(loaded.Corpus)).Compose(Question);

    private LlmAnswerPhraser Phraser(ScriptedChatServer server, TimeSpan? timeout = null) => new(
        new LlmOptions { Enabled = true, Endpoint = server.BaseUrl, Model = "test-model", ApiKey = "k-123", Timeout = timeout ?? TimeSpan.FromSeconds(8) },
        loaded.Corpus);

    [Fact]
    public async Task AGoodAnswerIsUsedAndFlaggedAiWritten()
    {
        await using var server = new ScriptedChatServer();
        server.Reply("要追责。依据第四条第（十二）项，对信访事项“逾期未办结”，造成不良影响或者严重后果的，应当进行责任追究[1]。");
        var extractive = Extractive();

        var outcome = await Phraser(server).PhraseAsync(extractive, CancellationToken.None);

        Assert.Null(outcome.FallbackReason);
        Assert.True(outcome.Answer.IsAiGenerated);
        Assert.StartsWith("要追责。", outcome.Answer.Text);
        Assert.Equal("hunan-2016#4.12", Assert.Single(outcome.Answer.Citations).ClauseId); // unused citations dropped
        Assert.Contains("[1]《湖南省信访工作责任追究办法》第四条第（十二）项：“", outcome.Answer.Text);
        Assert.Equal("AIGeneratedContent", (string?)CitationEntity.Build(outcome.Answer)["additionalType"]![0]);

        // The model saw the question and the retrieved clauses, authenticated with the configured key.
        var request = Assert.Single(server.Requests);
        Assert.Equal("test-model", (string?)request["model"]);
        Assert.Contains("逾期未办结", request.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("Bearer k-123", server.Authorizations[0]);
    }

    [Theory]
    [InlineData("依据第二十三条，应当追责[1]。", "第二十三条")]                 // invented article
    [InlineData("依据第9条，应当追责[1]。", "第9条")]                         // invented, in Arabic digits
    [InlineData("办法规定“逾期未办结的一律免职”[1]。", "一律免职")]            // wrong quotation
    [InlineData("应当追责[7]。", "[7]")]                                      // marker naming no retrieved clause
    [InlineData("应当追责。", "marker")]                                      // no citation at all
    public async Task AnUnfoundedAnswerFallsBackToTheExtractiveOne(string modelText, string reasonMentions)
    {
        await using var server = new ScriptedChatServer();
        server.Reply(modelText);
        var extractive = Extractive();

        var outcome = await Phraser(server).PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.False(outcome.Answer.IsAiGenerated);
        Assert.Contains(reasonMentions, outcome.FallbackReason);
    }

    [Fact]
    public async Task ASlowModelFallsBackAtTheTimeout()
    {
        await using var server = new ScriptedChatServer();
        server.Reply("应当追责[1]。", delay: TimeSpan.FromSeconds(10));
        var extractive = Extractive();

        var clock = Stopwatch.StartNew();
        var outcome = await Phraser(server, TimeSpan.FromMilliseconds(500)).PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.Equal("timeout", outcome.FallbackReason);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AnUnreachableServerFallsBack()
    {
        var options = new LlmOptions { Enabled = true, Endpoint = new Uri($"http://127.0.0.1:{Testing.Servers.FreeTcpPort.Next()}/v1/"), Model = "m", Timeout = TimeSpan.FromSeconds(3) };
        var extractive = Extractive();
        var outcome = await new LlmAnswerPhraser(options, loaded.Corpus).PhraseAsync(extractive, CancellationToken.None);
        Assert.Same(extractive, outcome.Answer);
        Assert.NotNull(outcome.FallbackReason);
    }

    [Fact]
    public async Task OffByDefault()
    {
        var extractive = Extractive();
        var outcome = await new LlmAnswerPhraser(new LlmOptions(), loaded.Corpus).PhraseAsync(extractive, CancellationToken.None);
        Assert.Same(extractive, outcome.Answer);
    }
}
