using System.Text.Json.Nodes;
using PetitionBot.Chat.Regulations;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Regulations.Llm;
using PetitionBot.Regulations.Search;
using PetitionBot.Testing;

namespace PetitionBot.Chat.Tests.Regulations;

public sealed class CitationEntityTests : IAsyncLifetime
{
    private RegulationCorpus _corpus = null!;

    public async Task InitializeAsync() =>
        _corpus = (await new RegulationLibrary(RepositoryRoot.Combine("regulations"), new LlmOptions()).GetAsync()).Corpus;

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void BuildsTheTeamsCitationMessageEntity()
    {
        var answer = new GroundedAnswerComposer(new ClauseSearch(_corpus)).Compose("湖南 信访事项逾期没办结 要追责吗");
        var entity = CitationEntity.Build(answer, new Uri("https://bot.example.cn/"));

        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Equal("https://schema.org", (string?)entity["@context"]);
        Assert.Equal("", (string?)entity["@id"]);
        Assert.Null(entity["additionalType"]);

        var citations = entity["citation"]!.AsArray();
        Assert.Equal(answer.Citations.Count, citations.Count);
        var first = citations[0]!.AsObject();
        Assert.Equal("Claim", (string?)first["@type"]);
        Assert.Equal(1, (int)first["position"]!);
        var appearance = first["appearance"]!.AsObject();
        Assert.Equal("DigitalDocument", (string?)appearance["@type"]);
        // The phone's reference list shows the short cite; the full title opens the abstract.
        Assert.Equal("湖南办法 第四条第（十二）项", (string?)appearance["name"]);
        Assert.StartsWith("《湖南省信访工作责任追究办法》第四条第（十二）项：", (string?)appearance["abstract"]);
        Assert.Equal("https://bot.example.cn/regulations/hunan-2016#4.12", (string?)appearance["url"]);
        Assert.True(((string)appearance["abstract"]!).Length <= 160);
        var keywords = appearance["keywords"]!.AsArray();
        Assert.InRange(keywords.Count, 1, 3);
        Assert.All(keywords, k => Assert.True(((string)k!).Length <= 28));

        // Every [n] in the reply text is one of the citations' positions.
        foreach (var n in CitationMarkers.Referenced(answer.Text))
            Assert.Contains(citations, c => (int)c!["position"]! == n);
    }

    [Fact]
    public void MarksAiWrittenAnswersAndClipsLongFields()
    {
        var longTitle = new string('规', 100);
        var answer = new GroundedAnswer
        {
            Question = "q", Text = "答[1]。", DirectAnswer = "答[1]。", IsGrounded = true, IsAiGenerated = true, SearchedDocuments = [],
            Citations = [new Citation { Position = 1, ClauseId = "x#1", DocumentTitle = longTitle, DocumentShortName = new string('短', 100), ClauseLabel = "第一条", Quote = new string('文', 300), Excerpt = new string('文', 300), Url = "/regulations/x#1" }],
        };
        var entity = CitationEntity.Build(answer);
        Assert.Equal("AIGeneratedContent", (string?)entity["additionalType"]![0]);
        var appearance = entity["citation"]![0]!["appearance"]!;
        Assert.Equal(80, ((string)appearance["name"]!).Length);
        Assert.Equal(160, ((string)appearance["abstract"]!).Length);
        Assert.StartsWith("《规规", (string?)appearance["abstract"]);
        Assert.Equal("/regulations/x#1", (string?)appearance["url"]);
        Assert.Equal("[\"AIGeneratedContent\"]", entity["additionalType"]!.ToJsonString());
    }
}
