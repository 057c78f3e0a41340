using System.Net;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>
/// What a newcomer sees after `dotnet run` on a phone: the demo accounts under the sign-in form, a tap that fills the
/// account id, and a load, sign-in and sign-out that leave nothing in the browser's console.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class DemoAccountsBrowserTests(DemoWebChatHostFixture fixture, ITestOutputHelper output) : IClassFixture<DemoWebChatHostFixture>
{
    [Fact]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_a_tap_fills_the_account_id()
    {
        var page = await fixture.Chromium.NewPhonePageAsync();
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        try
        {
            await chat.OpenAsync(webSocket: true);
            await chat.WaitForSignInFormAsync();
            var accounts = page.Locator("#demo-accounts button");
            await accounts.Nth(2).WaitForAsync();
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("sign-in-demo-accounts"));

            var texts = await accounts.AllInnerTextsAsync();
            Assert.Equal(3, texts.Count);
            AssertAccount(texts[0], "李明", "officer-li", "办理人员", "城关镇信访办");
            AssertAccount(texts[1], "赵敏", "supervisor-zhao", "督办人员", "县信访局");
            AssertAccount(texts[2], "王强", "staff-wang", "工作人员", "东关街道办事处");
            Assert.Contains($"密码均为 {DemoWebChatHostFixture.DemoPassword}", await page.Locator("#demo-accounts").InnerTextAsync());
            // On a 390×844 phone the whole list is on the first screen.
            var last = await accounts.Nth(2).BoundingBoxAsync();
            Assert.NotNull(last);
            Assert.True(last.Y + last.Height <= page.ViewportSize!.Height, $"The last demo account ends at {last.Y + last.Height}px, below the screen.");

            await page.Locator("#demo-accounts button[data-account='staff-wang']").TapAsync();
            Assert.Equal("staff-wang", await page.Locator("#user").InputValueAsync());
            Assert.Equal("password", await page.EvaluateAsync<string>("() => document.activeElement.id"));

            await page.Locator("#password").FillAsync(DemoWebChatHostFixture.DemoPassword);
            await page.Locator("#sign-in-button").TapAsync();
            await chat.WaitForBotAsync(0, "信访工作助手");
            Assert.True(await page.Locator("#sign-in").IsHiddenAsync());
        }
        finally
        {
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
            await page.Locator("#demo-accounts button").First.WaitForAsync();

            await chat.SignInAndOutAsync("supervisor-zhao", DemoWebChatHostFixture.DemoPassword);

            Assert.Empty(problems.Seen);
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("demo-signed-out"));
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_a_reverse_proxy_the_session_probe_answers_signed_out_with_204()
    {
        using var response = await fixture.Host.Client.GetAsync("webchat/session");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    private static void AssertAccount(string text, string name, string id, string role, string unit)
    {
        Assert.Contains(name, text);
        Assert.Contains(id, text);
        Assert.Contains(role, text);
        Assert.Contains(unit, text);
    }
}
