namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>Pages cannot be framed or sniffed and run only the host's own scripts; every answer says nosniff.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class SecurityHeadersTests(DefaultBotHostFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("regulations/national-2016")]
    [InlineData("regulations/no-such-document")]
    public async Task Html_pages_carry_a_content_security_policy_and_refuse_framing(string path)
    {
        using var response = await fixture.Host.Client.GetAsync(path);

        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Other_answers_say_nosniff_without_a_page_policy()
    {
        using var response = await fixture.Host.Client.GetAsync("healthz");

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }
}
