using PetitionBot.Protocol.Connector;

namespace PetitionBot.Protocol.Tests.Connector;

public sealed class ConnectorUrisTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/apac/")]
    [InlineData("https://smba.trafficmanager.net/apac")]
    public void Service_url_with_or_without_trailing_slash_gives_the_same_target(string serviceUrl) =>
        Assert.Equal("https://smba.trafficmanager.net/apac/v3/conversations/c1/activities",
            ConnectorUris.Activities(serviceUrl, "c1").AbsoluteUri);

    [Fact]
    public void Reply_target_escapes_teams_style_ids()
    {
        var uri = ConnectorUris.Activities("https://smba.trafficmanager.net/apac/",
            "a:1xyz;messageid=17@thread.skype", "1700000000000;x@y:z");

        Assert.Equal(
            "/apac/v3/conversations/a%3A1xyz%3Bmessageid%3D17%40thread.skype/activities/1700000000000%3Bx%40y%3Az",
            uri.AbsolutePath);
    }

    [Fact]
    public void Slash_in_an_id_cannot_change_the_path() =>
        Assert.EndsWith("/v3/conversations/a%2F..%2Fb/activities",
            ConnectorUris.Activities("http://127.0.0.1:1/", "a/../b").AbsolutePath);
}
