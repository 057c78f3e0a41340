using System.Net;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Regulations;

/// <summary>Citations travel as the schema.org Message entity, and every cited link opens the clause on the bot's own page.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class CitationTests(DefaultBotHostFixture fixture)
{
    [Fact]
    public async Task Each_marker_has_a_citation_whose_link_opens_that_clause()
    {
        var conversation = new BotConversation(fixture.Host.Client, $"cite-{Guid.NewGuid():N}");
        var reply = (await conversation.SayAsync("上海对应当组织调整或者组织处理的，谁可以提出建议？")).Single();

        var message = Assert.Single(reply.Entities!, e => e["type"]?.GetValue<string>() == "https://schema.org/Message");
        var citations = message["citation"]!.AsArray();
        Assert.NotEmpty(citations);
        foreach (var citation in citations)
        {
            var position = citation!["position"]!.GetValue<int>();
            Assert.Contains($"[{position}]", reply.Text);
            var url = new Uri(citation["appearance"]!["url"]!.GetValue<string>());
            var page = await fixture.Host.Client.GetAsync(url.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"id=\"{url.Fragment.TrimStart('#')}\"", await page.Content.ReadAsStringAsync());
        }
        // 第十八条 or one of its items (18.2 is the 组织调整 item).
        Assert.Contains(citations, c => c!["appearance"]!["url"]!.GetValue<string>().Contains("/regulations/shanghai-2017#18"));
    }

    [Fact]
    public async Task In_Web_Chat_the_links_point_at_the_address_the_page_was_opened_at()
    {
        // On the bot's own Direct Line, serviceUrl is the host's address as the browser reached it.
        var conversation = new BotConversation(fixture.Host.Client, $"cite-dl-{Guid.NewGuid():N}", channelId: "directline");
        var reply = (await conversation.SendAsync(new PetitionBot.Protocol.Schema.Activity
        {
            Type = "message", Text = "上海对应当组织调整或者组织处理的，谁可以提出建议？", ServiceUrl = "https://xinfang.example.gov.cn/bot/",
        })).Single();

        var message = Assert.Single(reply.Entities!, e => e["type"]?.GetValue<string>() == "https://schema.org/Message");
        Assert.All(message["citation"]!.AsArray(), c =>
            Assert.StartsWith("https://xinfang.example.gov.cn/bot/regulations/", c!["appearance"]!["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_document_page_is_404()
    {
        var page = await fixture.Host.Client.GetAsync("regulations/beijing-2099");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
