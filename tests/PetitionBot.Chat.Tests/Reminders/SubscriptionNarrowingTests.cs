using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Store;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Reminders;
using PetitionBot.Chat.Users;
using PetitionBot.Testing;

namespace PetitionBot.Chat.Tests.Reminders;

/// <summary>Subscriptions follow their subscribers' sight when the directory changes (a restart with new WebChat:Users).</summary>
public sealed class SubscriptionNarrowingTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("narrowing-").FullName;
    private SqliteCaseStore _cases = null!;
    private ReminderStore _reminders = null!;

    public async Task InitializeAsync()
    {
        var path = Path.Combine(_directory, "cases.db");
        _cases = await SqliteCaseStore.OpenAsync(path, new CaseLifecycle(CaseDeadlines.Load(RepositoryRoot.Combine("regulations"))), CancellationToken.None);
        _reminders = ReminderStore.ForSqlite(path);
    }

    public async Task DisposeAsync()
    {
        await _reminders.DisposeAsync();
        await _cases.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private Task<ReminderSubscription> SubscribeAsync(string userId, ReminderScope scope, params string[] units) =>
        _reminders.Subscriptions.SubscribeAsync(new ReminderSubscription
        {
            ChannelId = "test",
            ConversationId = "c-" + userId,
            UserId = userId,
            Scope = scope,
            Units = units,
            OfficerId = scope == ReminderScope.OwnCases ? userId : null,
            DigestTime = new TimeOnly(8, 30),
            Address = "{}",
        }, DateTimeOffset.UtcNow, CancellationToken.None);

    private static SubscriptionNarrowing Narrowing(ReminderStore store, params ChatUser[] users)
    {
        var options = new UserOptions { Users = [.. users] };
        return new SubscriptionNarrowing(store, new CaseAccess(options, new UserDirectory(options)), TimeProvider.System);
    }

    private async Task<ReminderSubscription> CurrentAsync(ReminderSubscription s) =>
        (await _reminders.Subscriptions.SubscriptionAsync(s.Id, CancellationToken.None))!;

    [Fact]
    public async Task Each_subscription_is_kept_within_what_its_subscriber_may_still_see()
    {
        var demoted = await SubscribeAsync("wang", ReminderScope.Units, "城关镇");
        var moved = await SubscribeAsync("li", ReminderScope.Units, "城关镇");
        var narrowedJurisdiction = await SubscribeAsync("zhao", ReminderScope.All);
        var partlyKept = await SubscribeAsync("sun", ReminderScope.Units, "城关镇", "东关街道");
        var everything = await SubscribeAsync("chief", ReminderScope.All);
        var own = await SubscribeAsync("zhou", ReminderScope.OwnCases);
        var gone = await SubscribeAsync("left-the-office", ReminderScope.Units, "城关镇");

        var (narrowed, cancelled) = await Narrowing(_reminders,
            new ChatUser { Id = "wang", Role = "staff", Unit = "城关镇" },
            new ChatUser { Id = "li", Role = "officer", Unit = "东关街道" },
            new ChatUser { Id = "zhao", Role = "supervisor", Units = ["城关镇", "西关街道"] },
            new ChatUser { Id = "sun", Role = "supervisor", Units = ["东关街道", "西关街道"] },
            new ChatUser { Id = "chief", Role = "supervisor" },
            new ChatUser { Id = "zhou", Role = "officer", Unit = "城关镇" }).ApplyAsync(CancellationToken.None);

        Assert.Equal((3, 2), (narrowed, cancelled));
        Assert.False((await CurrentAsync(demoted)).IsActive);
        Assert.False((await CurrentAsync(gone)).IsActive);
        Assert.Equal(["东关街道"], (await CurrentAsync(moved)).Units);
        var zhao = await CurrentAsync(narrowedJurisdiction);
        Assert.Equal(ReminderScope.Units, zhao.Scope);
        Assert.Equal(["城关镇", "西关街道"], zhao.Units);
        Assert.Equal(["东关街道"], (await CurrentAsync(partlyKept)).Units);
        Assert.Equal(ReminderScope.All, (await CurrentAsync(everything)).Scope);
        Assert.Equal(ReminderScope.OwnCases, (await CurrentAsync(own)).Scope);

        // A second run finds nothing more to change.
        Assert.Equal((0, 0), await Narrowing(_reminders,
            new ChatUser { Id = "li", Role = "officer", Unit = "东关街道" },
            new ChatUser { Id = "zhao", Role = "supervisor", Units = ["城关镇", "西关街道"] },
            new ChatUser { Id = "sun", Role = "supervisor", Units = ["东关街道", "西关街道"] },
            new ChatUser { Id = "chief", Role = "supervisor" },
            new ChatUser { Id = "zhou", Role = "officer", Unit = "城关镇" }).ApplyAsync(CancellationToken.None));
    }
}
