using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Reminders;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The Web Chat host plus a supervisor account, a fast reminder tick and a clock the test moves.</summary>
public sealed class WebChatReminderHostFixture : WebChatHostFixture
{
    public const string SupervisorName = "赵敏";

    public ClockFile Clock { get; } = new("2026-03-18 07:00");

    protected override IDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["WebChat__Users__1__Id"] = "e2e-supervisor",
        ["WebChat__Users__1__Name"] = SupervisorName,
        ["WebChat__Users__1__Unit"] = "县信访局",
        ["WebChat__Users__1__Role"] = "supervisor",
        ["WebChat__Users__1__PasswordHash"] = PetitionBot.Chat.Users.PasswordHasher.Hash(Password),
        ["Reminders__TickInterval"] = "00:00:00.2",
        [BotHostProcess.ReminderTicksLogged.Key] = BotHostProcess.ReminderTicksLogged.Value,
        ["Reminders__TestClock__File"] = Clock.Path,
    };

    /// <summary>
    /// Opens the page in a new phone-sized browser context whose clock (the activities' localTimestamp) agrees with
    /// the host's test clock, and signs in as the supervisor.
    /// </summary>
    public async Task<ChatPage> SignInAsSupervisorAsync(bool webSocket)
    {
        var page = await Chromium.NewPhonePageAsync();
        await page.Clock.SetFixedTimeAsync(Clock.Now.UtcDateTime);
        var chat = new ChatPage(page, Host.BaseAddress);
        await chat.OpenAsync(webSocket);
        await chat.WaitForSignInFormAsync();
        await chat.SignInAsync(SupervisorName, Password);
        await page.Locator("#chat-area").WaitForAsync();
        return chat;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Clock.Dispose();
    }
}
