using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Llm;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>The phrasing path end to end against a scripted chat-completions server: what is used, what falls back and why.</summary>
public class LlmAnswerPhraserTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private const string Question = "湖南对追责决定不服，多少天内可以申诉？";

    // [1] 第十二条 (15 日内申诉, 30 日内处理), [2] 第九条 (听取说明和申辩).
    private GroundedAnswer Extractive(string question = Question) =>
        CitedAnswers.Extractive(loaded.Corpus, question, "hunan-2016#12", "hunan-2016#9");

    private LlmAnswerPhraser Phraser(ScriptedChatServer server, RecordedTelemetry recorded, TimeSpan? timeout = null) =>
        new RegulationLlm(
            new LlmOptions { Enabled = true, Endpoint = server.BaseUrl, Model = "test-model", ApiKey = "k-123", Timeout = timeout ?? TimeSpan.FromSeconds(8) },
            loaded.Corpus, recorded.Telemetry).Phraser;

    [Fact]
    public async Task AFaithfulAnswerIsUsedAndSaysInItsTextThatAiWroteIt()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply("可以。对追责决定不服的，可以在收到《责任追究决定书》之日起十五日内，依照第十二条向决定机关提出书面申诉[1]。决定作出前应当听取说明和申辩[2]。");

        var outcome = await Phraser(server, recorded).PhraseAsync(Extractive(), CancellationToken.None);

        Assert.Null(outcome.FallbackReason);
        Assert.True(outcome.Answer.IsAiGenerated);
        Assert.StartsWith("可以。对追责决定不服的", outcome.Answer.Text);
        Assert.Contains("\n" + LlmAnswerPhraser.AiLabel + "\n", outcome.Answer.Text);
        // The model's words are not the texts': its sources are quoted under it.
        Assert.Contains("[1] 湖南办法 第十二条：“", outcome.Answer.Text);
        Assert.Equal(["hunan-2016#12", "hunan-2016#9"], outcome.Answer.Citations.Select(c => c.ClauseId));
        Assert.True(outcome.Answer.IsAiGenerated);
        Assert.Equal(1, recorded.Accepted(LlmAnswerPhraser.Stage));
        Assert.Empty(recorded.Fallbacks);
    }

    [Theory]
    [InlineData("作出追责决定前，应当听取责任追究对象的说明和申辩［2］。")]
    [InlineData("作出追责决定前，应当听取责任追究对象的说明和申辩【2】。")]
    public async Task FullWidthMarkersAreReadAsMarkers(string modelText)
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply(modelText);

        var outcome = await Phraser(server, recorded).PhraseAsync(Extractive(), CancellationToken.None);

        Assert.True(outcome.Answer.IsAiGenerated);
        Assert.StartsWith("作出追责决定前，应当听取责任追究对象的说明和申辩[1]。", outcome.Answer.Text);
    }

    [Fact]
    public async Task TheModelChoosesWhichRetrievedClausesToCite()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply("作出追责决定前，应当听取责任追究对象的说明和申辩[2]。");

        var outcome = await Phraser(server, recorded).PhraseAsync(Extractive("追责前要听本人申辩吗"), CancellationToken.None);

        Assert.True(outcome.Answer.IsAiGenerated);
        Assert.Equal("hunan-2016#9", Assert.Single(outcome.Answer.Citations).ClauseId);
        Assert.StartsWith("作出追责决定前，应当听取责任追究对象的说明和申辩[1]。", outcome.Answer.Text); // renumbered
    }

    [Fact]
    public async Task FurtherRetrievedClausesMayBeCited()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply("追责决定应当制作《责任追究决定书》[3]。不服的，收到决定书之日起15日内提出书面申诉[1]。");
        var more = CitedAnswers.Citations(loaded.Corpus, "hunan-2016#9", "hunan-2016#10"); // #9 is already cited: offered once

        var outcome = await Phraser(server, recorded).PhraseAsync(Extractive(), more, CancellationToken.None);

        Assert.True(outcome.Answer.IsAiGenerated, outcome.FallbackReason?.ToString());
        Assert.Equal(["hunan-2016#10", "hunan-2016#12"], outcome.Answer.Citations.OrderBy(c => c.Position).Select(c => c.ClauseId));
        Assert.Contains("[3]《湖南省信访工作责任追究办法》第十条", server.AllRequestText());
        Assert.DoesNotContain("[4]", server.AllRequestText());
    }

    [Theory]
    // The seven kinds of answer the format-only guard let through:
    [InlineData("对追责决定不服的，可以向人民法院提起行政诉讼[1]。", "support")]                      // an invented rule
    [InlineData("对追责决定不服的，可以在收到《责任追究决定书》之日起60日内申诉[1]。", "number")]      // wrong time limit
    [InlineData("依照第 99 条，不服的可以在15日内提出书面申诉[1]。", "article")]                    // spaced Arabic article number
    [InlineData("依照九十九条，不服的可以在15日内提出书面申诉[1]。", "article")]                    // no 第
    [InlineData("依据《信访工作责任制实施办法》，不服的可以在15日内提出书面申诉[1]。", "document")] // another document's title
    [InlineData("依据上海细则，不服的可以在15日内提出书面申诉[1]。", "document")]                    // another document's short name
    [InlineData("办法规定‘不服的一律不得申诉’[1]。", "quotation")]                                  // quotation in ‘…’
    [InlineData("信访人可以直接获得十万元赔偿[1]。", "number")]                                     // obeyed injection
    [InlineData("信访人可以直接获得赔偿[1]。", "support")]                                          // the same without a number
    // And what the old guard already stopped:
    [InlineData("依据第二十三条，可以申诉[1]。", "article")]
    [InlineData("规定“逾期未办结的一律免职”[1]。", "quotation")]
    [InlineData("可以申诉[7]。", "marker")]
    [InlineData("不服可以申诉。收到决定书之日起15日内提出书面申诉[1]。", "uncited")]
    [InlineData("对追责决定不服的，不可以申诉[1]。", "negation")]
    [InlineData("收到决定书之日起15日内提出书面申诉[2]。", "number")]                               // right number, wrong clause cited
    [InlineData("所给条文中没有相关规定。", "declined")]
    public async Task AnAnswerTheClausesDoNotBearOutFallsBackAndIsCounted(string modelText, string rule)
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply(modelText);
        var extractive = Extractive();

        var outcome = await Phraser(server, recorded).PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.False(outcome.Answer.IsAiGenerated);
        Assert.Equal("guard:" + rule, outcome.FallbackReason!.Code);
        Assert.Equal((LlmAnswerPhraser.Stage, "guard:" + rule), Assert.Single(recorded.Fallbacks));
        var logged = Assert.Single(recorded.Warnings);
        Assert.Equal("guard:" + rule, logged["Reason"]);
        Assert.Equal(LlmAnswerPhraser.Stage, logged["Stage"]);
    }

    [Theory]
    [InlineData(500, "http_500")]
    [InlineData(429, "http_429")]
    [InlineData(401, "auth")]
    [InlineData(403, "auth")]
    public async Task AnHttpErrorFallsBack(int status, string reason)
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Fail(status);
        var extractive = Extractive();

        var outcome = await Phraser(server, recorded).PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.Equal(reason, outcome.FallbackReason!.Code);
        Assert.Equal((LlmAnswerPhraser.Stage, reason), Assert.Single(recorded.Fallbacks));
        Assert.Single(server.Received); // no retries behind the timeout's back
    }

    [Theory]
    [InlineData("{\"choices\": [ {\"message\": ")]
    [InlineData("<html>bad gateway</html>")]
    [InlineData("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}")]
    public async Task AMalformedBodyFallsBack(string body)
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.RawBody(body);
        var extractive = Extractive();

        var outcome = await Phraser(server, recorded).PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.Equal("malformed", outcome.FallbackReason!.Code);
        Assert.Equal((LlmAnswerPhraser.Stage, "malformed"), Assert.Single(recorded.Fallbacks));
    }

    [Fact]
    public async Task AModelThatKeepsFailingIsLeftAloneForAWhile()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        var phraser = new RegulationLlm(
            new LlmOptions { Enabled = true, Endpoint = server.BaseUrl, Model = "test-model", ApiKey = "k-123", BreakAfterCalls = 3, BreakFor = TimeSpan.FromMinutes(5) },
            loaded.Corpus, recorded.Telemetry).Phraser;
        for (var i = 0; i < 3; i++) server.Fail(503);
        for (var i = 0; i < 3; i++)
            Assert.Equal("http_503", (await phraser.PhraseAsync(Extractive(), CancellationToken.None)).FallbackReason!.Code);

        var extractive = Extractive();
        var outcome = await phraser.PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.Equal("circuit-open", outcome.FallbackReason!.Code);
        Assert.Equal(3, server.Received.Count);
    }

    [Fact]
    public async Task ASlowModelFallsBackAtTheTimeout()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply("可以申诉[1]。", delay: TimeSpan.FromSeconds(10));
        var extractive = Extractive();

        var outcome = await Phraser(server, recorded, TimeSpan.FromMilliseconds(500)).PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.Equal("timeout", outcome.FallbackReason!.Code);
        Assert.Equal((LlmAnswerPhraser.Stage, "timeout"), Assert.Single(recorded.Fallbacks));
    }

    [Fact]
    public async Task AnUnreachableServerFallsBack()
    {
        using var recorded = new RecordedTelemetry();
        var options = new LlmOptions { Enabled = true, Endpoint = new Uri($"http://127.0.0.1:{Testing.Servers.FreeTcpPort.Next()}/v1/"), Model = "m", Timeout = TimeSpan.FromSeconds(3) };
        var extractive = Extractive();

        var outcome = await new RegulationLlm(options, loaded.Corpus, recorded.Telemetry).Phraser.PhraseAsync(extractive, CancellationToken.None);

        Assert.Same(extractive, outcome.Answer);
        Assert.Equal("unreachable", outcome.FallbackReason!.Code);
        Assert.Equal((LlmAnswerPhraser.Stage, "unreachable"), Assert.Single(recorded.Fallbacks));
    }

    [Fact]
    public async Task NoPersonalDataLeavesForTheModel()
    {
        await using var server = new ScriptedChatServer();
        using var recorded = new RecordedTelemetry();
        server.Reply("可以申诉[1]。");
        var question = "我是张建国，电话13812345678，身份证110105199001011237，对追责决定不服，多少天内可以申诉？来访人王秀兰也问了";

        await Phraser(server, recorded).PhraseAsync(Extractive(question), CancellationToken.None);

        var sent = server.AllRequestText();
        Assert.Contains("对追责决定不服，多少天内可以申诉", sent);
        foreach (var personal in new[] { "张建国", "建国", "13812345678", "5678", "110105199001011237", "王秀兰", "秀兰" })
            Assert.DoesNotContain(personal, sent);
        Assert.Contains("张某", sent);
        Assert.Contains("王某", sent);
    }

    [Fact]
    public async Task OffByDefault()
    {
        using var recorded = new RecordedTelemetry();
        var extractive = Extractive();
        var outcome = await new RegulationLlm(new LlmOptions(), loaded.Corpus, recorded.Telemetry).Phraser.PhraseAsync(extractive, CancellationToken.None);
        Assert.Same(extractive, outcome.Answer);
        Assert.Null(outcome.FallbackReason);
        Assert.Empty(recorded.Fallbacks);
    }
}
