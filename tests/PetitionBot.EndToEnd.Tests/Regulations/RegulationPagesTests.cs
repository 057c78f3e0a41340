using System.Net;
using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Regulations;

/// <summary>The list of loaded documents, and a missing document's page, whose link leads to that list.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed partial class RegulationPagesTests(DefaultBotHostFixture fixture)
{
    [Fact]
    public async Task The_list_links_every_loaded_document_to_its_page()
    {
        var list = new Uri(fixture.Host.Client.BaseAddress!, "regulations");
        var html = await fixture.Host.Client.GetStringAsync(list);

        var links = Links(html);
        Assert.Equal(5, links.Count);
        Assert.Contains("信访工作责任制实施办法", html);
        foreach (var link in links)
            Assert.Equal(HttpStatusCode.OK, (await fixture.Host.Client.GetAsync(new Uri(list, link))).StatusCode);
    }

    [Fact]
    public async Task A_missing_documents_page_links_to_the_list_of_loaded_documents()
    {
        var missing = new Uri(fixture.Host.Client.BaseAddress!, "regulations/no-such-document");
        using var response = await fixture.Host.Client.GetAsync(missing);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var link = Assert.Single(Links(await response.Content.ReadAsStringAsync()));
        using var target = await fixture.Host.Client.GetAsync(new Uri(missing, link));
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
        Assert.Contains("已加载的文件", await target.Content.ReadAsStringAsync());
    }

    private static List<string> Links(string html) => Href().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex Href();
}
