using PetitionBot.Regulations.Llm;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>The optional restatement of a question before retrieval, and its fallbacks to the original.</summary>
public class QuestionRewriterTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private const string Question = "我是李建华 13812345678，被追责了不服，能找谁说理？";

    private RegulationAssistant Assistant(ScriptedChatServer server, RecordedTelemetry recorded, bool rewrite = true, TimeSpan? timeout = null) =>
        new(loaded.Corpus, new LlmOptions
        {
            Enabled = true, Endpoint = server.BaseUrl, Model = "m", RewriteQuestions = rewrite,
            RewriteTimeout = timeout ?? TimeSpan.FromSeconds(3),
        }, llmTelemetry: recorded.Telemetry);

    [Fact]
    public async Task TheQuestionIsRestatedInTheTextsTerms()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply("改写：对信访工作责任追究决定不服的，如何提出书面申诉\n（说明：略）");

        var rewritten = await Assistant(server, recorded).RewriteQuestionAsync(Question, CancellationToken.None);

        Assert.Equal("对信访工作责任追究决定不服的，如何提出书面申诉", rewritten);
        Assert.Equal(1, recorded.Accepted(QuestionRewriter.Stage));
        var sent = server.AllRequestText();
        Assert.Contains(RewritePrompt.System, sent);
        Assert.DoesNotContain("李建华", sent);
        Assert.DoesNotContain("13812345678", sent);
    }

    [Theory]
    [InlineData(500, "http_500")]
    [InlineData(401, "auth")]
    public async Task AFailedRewriteSearchesTheOriginalQuestion(int status, string reason)
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Fail(status);

        Assert.Equal(Question, await Assistant(server, recorded).RewriteQuestionAsync(Question, CancellationToken.None));
        Assert.Equal((QuestionRewriter.Stage, reason), Assert.Single(recorded.Fallbacks));
    }

    [Fact]
    public async Task ASlowRewriteSearchesTheOriginalQuestion()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply("对责任追究决定不服的申诉", delay: TimeSpan.FromSeconds(10));

        Assert.Equal(Question, await Assistant(server, recorded, timeout: TimeSpan.FromMilliseconds(300)).RewriteQuestionAsync(Question, CancellationToken.None));
        Assert.Equal((QuestionRewriter.Stage, "timeout"), Assert.Single(recorded.Fallbacks));
    }

    [Theory]
    [InlineData("", "malformed")]
    [InlineData("根据《湖南省信访工作责任追究办法》第十二条，对信访工作责任追究决定不服的，可以在收到《责任追究决定书》之日起15日内，向责任追究的决定机关提出书面申诉。责任追究决定机关在收到书面申诉后，应当在30日内作出申诉处理决定。", "guard:rewrite-length")]
    public async Task ARewriteThatIsNoRestatementIsNotUsed(string reply, string reason)
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply(reply);

        Assert.Equal("追责不服怎么办", await Assistant(server, recorded).RewriteQuestionAsync("追责不服怎么办", CancellationToken.None));
        Assert.Equal((QuestionRewriter.Stage, reason), Assert.Single(recorded.Fallbacks));
    }

    [Fact]
    public async Task OffUnlessAskedFor()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();

        Assert.Equal(Question, await Assistant(server, recorded, rewrite: false).RewriteQuestionAsync(Question, CancellationToken.None));
        Assert.Empty(server.Received);
    }
}
