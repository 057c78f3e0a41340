using Xunit.Abstractions;

namespace PetitionBot.EndToEnd.Tests.WebChat;

[Collection(WebChatCollection.Name)]
public sealed class TokenExpiryBrowserTests(ShortTokenWebChatHostFixture fixture, ITestOutputHelper output) : IClassFixture<ShortTokenWebChatHostFixture>
{
    [Fact]
    public async Task When_the_token_expires_the_page_asks_to_sign_in_again()
    {
        var page = await fixture.Chromium.NewPhonePageAsync();
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        await chat.OpenAsync(webSocket: false);
        await chat.WaitForSignInFormAsync();
        await chat.SignInAsync(WebChatHostFixture.UserId, WebChatHostFixture.Password);
        await chat.WaitForBotAsync(0, "信访工作助手");

        // Polling meets 403 once the six-second token has expired.
        await page.Locator("#sign-in-message").Filter(new() { HasText = "登录已过期" }).WaitForAsync(new() { Timeout = 20_000 });

        Assert.True(await page.Locator("#chat-area").IsHiddenAsync());
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("token-expired"));
        await page.Context.CloseAsync();
    }
}
