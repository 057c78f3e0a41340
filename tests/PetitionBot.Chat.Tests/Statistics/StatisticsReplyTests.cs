using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Statistics;
using PetitionBot.Chat.Statistics.Charts;
using PetitionBot.Chat.Users;
using PetitionBot.Testing;

namespace PetitionBot.Chat.Tests.Statistics;

/// <summary>The statistics replies over a real SQLite store, scoped as lists are: an officer sees their unit, staff nothing.</summary>
public sealed class StatisticsReplyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.DateTime);

    private readonly string _folder = Directory.CreateTempSubdirectory("petitionbot-stats-reply-").FullName;
    private SqliteCaseStore? _store;

    private static readonly UserOptions Users = new()
    {
        Users =
        [
            new ChatUser { Id = "supervisor-zhao", Name = "赵敏", Role = "supervisor" },
            new ChatUser { Id = "officer-li", Name = "李明", Role = "officer", Unit = "城关镇信访办" },
            new ChatUser { Id = "staff-wang", Name = "王强", Role = "staff", Unit = "东关街道办事处" },
        ],
    };

    public async Task InitializeAsync()
    {
        _store = await SqliteCaseStore.OpenAsync(Path.Combine(_folder, "cases.db"),
            new CaseLifecycle(CaseDeadlines.Load(RepositoryRoot.Combine("regulations"))), CancellationToken.None);
        // 城关镇: three this month (one of them 3月2日, past its routing deadline), one a collective visit; 东关街道: one.
        await FileAsync("城关镇信访办", "2026-03-02", "王秀兰", "13812345678", 1);
        await FileAsync("城关镇信访办", "2026-03-10", "王秀兰", "13812345678", 1);
        await FileAsync("城关镇信访办", "2026-03-12", "李四", "13900000001", 6);
        await FileAsync("东关街道办事处", "2026-03-11", "张三", "13700000002", 1);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Task FileAsync(string unit, string day, string name, string phone, int people)
    {
        var at = new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        return _store!.CreateAsync(new RegisterCase
        {
            By = new Actor("officer-li", "李明"),
            At = at,
            Case = new NewCase
            {
                Form = PetitionForm.Visit, Petitioners = [new Petitioner(name, phone)], PeopleCount = people, ProblemLocation = "城关镇",
                Category = "劳动社保", Claim = new PetitionClaim("反映拖欠工资"), RegisteringUnit = unit, ReceivedAt = at,
            },
        }, CancellationToken.None);
    }

    private Task<StatisticsAnswer> AskAsync(string text, string user) =>
        new StatisticsReply(_store!, new CaseAccess(Users, new UserDirectory(Users)), new StatisticsChart(ChartFont.Find(null)))
            .WriteAsync(StatisticsRequestReader.Read(text, Now), user, Today, CancellationToken.None);

    [Fact]
    public async Task A_supervisor_counts_every_unit_and_an_officer_only_their_own()
    {
        var all = await AskAsync("本月统计", "supervisor-zhao");
        Assert.StartsWith("本月（截至3月18日）共登记 4 件：走访 4。\n集体访 1 批；还没有办结的；超期 1 件（25%）。", all.Text);
        Assert.NotNull(all.Chart);

        var own = await AskAsync("本月统计", "officer-li");
        Assert.StartsWith("城关镇信访办 本月（截至3月18日）共登记 3 件：走访 3。", own.Text);
    }

    [Fact]
    public async Task The_units_overdue_rates_follow_the_deadline_rules()
    {
        var units = await AskAsync("本月各单位超期率", "supervisor-zhao");
        Assert.Contains("2 个单位共 4 件，超期 1 件，超期率 25%", units.Text);
        Assert.Contains("城关镇信访办 33.3%（1/3）", units.Text);
        Assert.Contains("东关街道办事处 0%（0/1）", units.Text);
        Assert.Equal(["本月统计", "本月信访量走势", "本月重复来访"], units.Buttons);
    }

    [Fact]
    public async Task Repeat_petitioners_are_named_masked_and_scoped()
    {
        var repeat = await AskAsync("重复来访的有哪些人", "officer-li");
        Assert.Contains("重复来访 1 人", repeat.Text);
        Assert.Contains("王** 2 次，最近 3月10日", repeat.Text);
        Assert.DoesNotContain("王秀兰", repeat.Text);
    }

    [Fact]
    public async Task Staff_see_no_statistics()
    {
        var answer = await AskAsync("本月统计", "staff-wang");
        Assert.Equal(CaseAccess.NoPermission, answer.Text);
        Assert.Null(answer.Chart);
    }
}
