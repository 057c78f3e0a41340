using System.Text.Json;
using Microsoft.Playwright;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The chat page as a user sees it: sign in, type into Web Chat's send box, read the bot's bubbles.</summary>
public sealed class ChatPage(IPage page, Uri baseAddress)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    public IPage Page => page;

    public async Task OpenAsync(bool webSocket)
    {
        await page.GotoAsync(new Uri(baseAddress, webSocket ? "/" : "/?ws=0").ToString());
    }

    public async Task SignInAsync(string user, string password)
    {
        await page.Locator("#user").FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in-button").ClickAsync();
    }

    /// <summary>Signs in, waits for the greeting, signs out and waits for the form again.</summary>
    public async Task SignInAndOutAsync(string user, string password)
    {
        await SignInAsync(user, password);
        await WaitForBotAsync(0, "信访工作助手");
        await page.Locator("#sign-out").TapAsync();
        await WaitForSignInFormAsync();
    }

    public Task<string> SignInMessageAsync() => page.Locator("#sign-in-message").InnerTextAsync();

    public Task WaitForSignInFormAsync() =>
        page.Locator("#sign-in").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = (float)ReplyTimeout.TotalMilliseconds });

    public async Task<IReadOnlyList<string>> BotTextsAsync() =>
        await page.Locator(BotBubbles).AllInnerTextsAsync();

    /// <summary>Waits until a bot bubble beyond the first <paramref name="after"/> contains every expected piece; returns its text.</summary>
    public async Task<string> WaitForBotAsync(int after, params string[] expected)
    {
        try
        {
            var handle = await page.WaitForFunctionAsync(
                """
                ([selector, after, expected]) => {
                  const texts = Array.from(document.querySelectorAll(selector)).map(e => e.innerText);
                  return texts.slice(after).find(t => expected.every(x => t.includes(x))) || null;
                }
                """,
                new object[] { BotBubbles, after, expected },
                new PageWaitForFunctionOptions { Timeout = (float)ReplyTimeout.TotalMilliseconds, PollingInterval = 100 });
            return (await handle.JsonValueAsync<string>())!;
        }
        catch (TimeoutException)
        {
            var seen = await BotTextsAsync();
            throw new TimeoutException($"No bot reply containing [{string.Join(", ", expected)}] after bubble {after}. Bot said:\n{string.Join("\n---\n", seen)}");
        }
    }

    /// <summary>Types a line the way a person does and waits for the bot's answer that contains the expected pieces.</summary>
    public async Task<string> SayAsync(string text, params string[] expected)
    {
        var before = (await BotTextsAsync()).Count;
        var box = page.Locator("[data-id='webchat-sendbox-input']");
        await box.ClickAsync();
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        return await WaitForBotAsync(before, expected);
    }

    /// <summary>
    /// Saves a screenshot under the test output folder and returns its path. Best effort: it runs in finally blocks,
    /// where a hanging screenshot must not hide why the test failed.
    /// </summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "webchat");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Timeout = 10_000 });
            return path;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return $"(no screenshot: {e.Message.Split('\n')[0]})";
        }
    }

    public Task SetSavedSessionAsync(object session) =>
        page.EvaluateAsync("s => sessionStorage.setItem('petitionbot.webchat.session', s)", JsonSerializer.Serialize(session));
}
