using Microsoft.Extensions.Logging.Abstractions;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.CaseActions;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Users;
using PetitionBot.Language.Intents;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing;

namespace PetitionBot.Chat.Tests.CaseActions;

/// <summary>
/// The action handler in process, on a real SQLite store: a turn the pipeline runs again after a state conflict
/// (same activity) gets the first run's outcome and changes the case once; a database that is down gets a clear answer.
/// </summary>
public sealed class CaseActionRerunTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");
    private readonly string _directory = Directory.CreateTempSubdirectory("petitionbot-rerun-").FullName;
    private readonly CaseLifecycle _lifecycle = new(CaseDeadlines.Load(RepositoryRoot.Combine("regulations")));
    private SqliteCaseStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await SqliteCaseStore.OpenAsync(Path.Combine(_directory, "cases.db"), _lifecycle, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_re_run_turn_reports_the_first_outcome_and_changes_the_case_once()
    {
        var c = await _store.CreateAsync(Register(), CancellationToken.None);
        var accept = Message("activity-1", $"{c.Number} 受理");

        var first = await RunAsync(Handler(_store), accept);
        var rerun = await RunAsync(Handler(_store), accept);

        Assert.StartsWith($"已受理 {c.Number}。", first);
        Assert.Equal(first, rerun);
        Assert.Equal(2, (await _store.HistoryAsync(c.Number, CancellationToken.None)).Count);
        // A new message asking the same is a new request, and the lifecycle refuses it.
        Assert.Contains("不能受理", await RunAsync(Handler(_store), Message("activity-2", $"{c.Number} 受理")));
    }

    [Fact]
    public async Task With_the_database_down_an_action_gets_a_clear_answer()
    {
        await using var down = new SqliteCaseStore(Path.Combine(_directory, "missing", "cases.db"), _lifecycle);
        var reply = await RunAsync(Handler(down), Message("activity-3", "XF-2026-000001 受理"));
        Assert.Equal(CaseReplies.StoreDownForAction, reply);
    }

    private CaseActionHandler Handler(ICaseStore store)
    {
        var noForms = new FieldTypeRegistry([]);
        var forms = new FormEngine(FormCatalog.Load(_directory, noForms), noForms, [], new FormValueMasker());
        return new CaseActionHandler(new CaseLocator(store, OpenAccess()), new CaseActionRunner(store, _lifecycle, NullLogger<CaseActionRunner>.Instance),
            forms, NullLogger<CaseActionHandler>.Instance);
    }

    /// <summary>No user directory configured: every case is visible.</summary>
    private static CaseAccess OpenAccess()
    {
        var options = new PetitionBot.Chat.Users.UserOptions();
        return new CaseAccess(options, new PetitionBot.Chat.Users.UserDirectory(options));
    }

    /// <summary>Runs one turn on fresh conversation state, as the pipeline does after a conflict, and returns its one reply.</summary>
    private static async Task<string> RunAsync(CaseActionHandler handler, Activity activity)
    {
        var turn = new TurnContext(activity, new ConversationData(), new UserData(), Wednesday);
        await handler.HandleAsync(turn, activity.Text!, IntentRouter.Route(activity.Text!, Wednesday), CancellationToken.None);
        return Assert.Single(turn.Replies).Text ?? "";
    }

    private static Activity Message(string id, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "rerun" },
        From = new ChannelAccount { Id = "officer-li", Name = "李明" },
        Recipient = new ChannelAccount { Id = "bot" },
        Text = text,
    };

    private static RegisterCase Register() => new()
    {
        By = new Actor("officer-li", "李明", "城关镇信访办"),
        At = Wednesday,
        Case = new NewCase
        {
            Form = PetitionForm.Visit,
            Petitioners = [new Petitioner("王秀兰", "13812345678")],
            PeopleCount = 1,
            ProblemLocation = "城关镇",
            Claim = new PetitionClaim("追讨拖欠工资"),
            RegisteringUnit = "城关镇信访办",
            ReceivedAt = Wednesday.AddHours(-1),
        },
    };
}
