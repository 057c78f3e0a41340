using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The sign-in page of a deployment with its own users: no demo accounts anywhere, and a clean console.</summary>
[Collection(WebChatCollection.Name)]
public sealed class SignInPageTests(WebChatHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task With_configured_users_no_demo_account_is_offered()
    {
        var body = JsonNode.Parse(await fixture.Host.Client.GetStringAsync("webchat/demo-accounts"))!;
        Assert.Empty(body["accounts"]!.AsArray());
        Assert.Null(body["password"]);

        var page = await fixture.Chromium.NewPhonePageAsync();
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        try
        {
            await chat.OpenAsync(webSocket: true);
            await chat.WaitForSignInFormAsync();
            // The list is filled from a request of its own: wait until the page has read its answer.
            await page.Locator("#demo-accounts[data-loaded]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

            Assert.True(await page.Locator("#demo-accounts").IsHiddenAsync());
            Assert.Equal(0, await page.Locator("#demo-accounts button").CountAsync());
            Assert.DoesNotContain("demo1234", await page.Locator("body").InnerTextAsync());
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("sign-in-configured-users"));
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Loading_signing_in_and_signing_out_leave_no_console_errors()
    {
        var page = await fixture.Chromium.NewPhonePageAsync();
        var problems = new PageProblems(page);
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        try
        {
            await chat.OpenAsync(webSocket: true);
            await chat.WaitForSignInFormAsync();

            await chat.SignInAndOutAsync(fixture.FreshOfficerId(), WebChatHostFixture.Password);

            Assert.Empty(problems.Seen);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
