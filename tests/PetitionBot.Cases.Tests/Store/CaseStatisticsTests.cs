using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Statistics;
using PetitionBot.Cases.Store;
using static PetitionBot.Cases.Tests.CaseFactory;

namespace PetitionBot.Cases.Tests.Store;

/// <summary>The statistics every case store computes in SQL; run against each database by a subclass.</summary>
public abstract class CaseStatisticsTests : IAsyncLifetime
{
    private RelationalCaseStore? _store;

    private protected RelationalCaseStore Store => _store ?? throw new InvalidOperationException("Store not opened.");

    private static CancellationToken Ct => CancellationToken.None;

    private static readonly CaseQuery March = new() { ReceivedFrom = D("2026-03-01"), ReceivedTo = D("2026-03-31") };

    private static readonly DateOnly Today = D("2026-08-03");

    private protected abstract Task<RelationalCaseStore> OpenStoreAsync();

    private protected abstract Task ExecuteSqlAsync(string sql);

    public async Task InitializeAsync() => _store = await OpenStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
    }

    /// <summary>
    /// March in 城关镇: one concluded on time, one concluded late, one left registered (its routing due 04-01 long
    /// passed), one collective letter answered and waiting for the petitioner's 复查 window (not the office late).
    /// 东关街道: one on time. April: one more in 城关镇 that March must not count.
    /// </summary>
    private async Task SeedAsync()
    {
        await Concluded("2026-03-17", "城关镇", accepted: "2026-03-20", concluded: "2026-04-10");
        await Concluded("2026-03-18", "城关镇", accepted: "2026-03-20", concluded: "2026-07-30");
        await Store.CreateAsync(Register("2026-03-19", unit: "城关镇", name: "李四", phone: "13900000001", idNumber: "110105194912310011"), Ct);
        var letter = await Store.CreateAsync(With(Register("2026-03-25", people: 6, unit: "城关镇", name: "赵六", phone: "13900000002",
            idNumber: "110105194912310038"), PetitionForm.Letter, "城乡建设"), Ct);
        letter = await Store.ApplyAsync(letter.Number, Accept("2026-03-26"), 1, Ct);
        letter = await Store.ApplyAsync(letter.Number, Conclude("2026-04-20"), 2, Ct);
        await Store.ApplyAsync(letter.Number, Deliver("2026-04-22"), 3, Ct);
        await Concluded("2026-03-05", "东关街道", accepted: "2026-03-06", concluded: "2026-03-30");
        await Store.CreateAsync(Register("2026-04-02", unit: "城关镇"), Ct);
    }

    private async Task Concluded(string received, string unit, string accepted, string concluded)
    {
        var c = await Store.CreateAsync(Register(received, unit: unit), Ct);
        c = await Store.ApplyAsync(c.Number, Accept(accepted), 1, Ct);
        await Store.ApplyAsync(c.Number, Conclude(concluded), 2, Ct);
    }

    private static RegisterCase With(RegisterCase command, PetitionForm form, string category) =>
        command with { Case = command.Case with { Form = form, Category = category } };

    [Fact]
    public async Task A_period_is_counted_in_total_and_by_form_category_and_status()
    {
        await SeedAsync();
        var all = Assert.Single(await Store.TallyAsync(March, CaseGrouping.None, Today, Ct));
        // 办结 is not 终结: every case is still open.
        Assert.Equal((5, 1, 5), (all.Total, all.Collective, all.Open));

        var forms = (await Store.TallyAsync(March, CaseGrouping.Form, Today, Ct)).ToDictionary(t => t.Key!, t => t.Total);
        Assert.Equal(new Dictionary<string, int> { ["visit"] = 4, ["letter"] = 1 }, forms);
        var categories = (await Store.TallyAsync(March, CaseGrouping.Category, Today, Ct)).ToDictionary(t => t.Key!, t => t.Total);
        Assert.Equal(new Dictionary<string, int> { ["劳动社保"] = 4, ["城乡建设"] = 1 }, categories);
        var statuses = (await Store.TallyAsync(March, CaseGrouping.Status, Today, Ct)).ToDictionary(t => t.Key!, t => t.Total);
        Assert.Equal(new Dictionary<string, int> { ["concluded"] = 3, ["registered"] = 1, ["reply-delivered"] = 1 }, statuses);
    }

    [Fact]
    public async Task Overdue_and_on_time_per_unit_follow_the_deadline_rules()
    {
        await SeedAsync();
        var units = (await Store.TallyAsync(March, CaseGrouping.Unit, Today, Ct)).ToDictionary(t => t.Key!);

        var chengguan = units["城关镇"];
        Assert.Equal(4, chengguan.Total);
        // Late: the one concluded 07-30 (due 05-19) and the one still registered; the lapsed 复查 window is the petitioner's.
        Assert.Equal(2, chengguan.Overdue);
        Assert.Equal((3, 2), (chengguan.Concluded, chengguan.ConcludedOnTime));
        Assert.Equal(0.5, chengguan.OverdueRate);

        var dongguan = units["东关街道"];
        Assert.Equal((1, 0, 1, 1), (dongguan.Total, dongguan.Overdue, dongguan.Concluded, dongguan.ConcludedOnTime));
        Assert.Equal(1.0, dongguan.OnTimeRate);

        // On 04-01 the registered case is not late yet (routing due 04-03); the late conclusion is late whatever the day.
        var early = (await Store.TallyAsync(March, CaseGrouping.Unit, D("2026-04-01"), Ct)).ToDictionary(t => t.Key!);
        Assert.Equal(1, early["城关镇"].Overdue);
    }

    [Fact]
    public async Task A_units_scope_counts_only_what_it_may_see()
    {
        await SeedAsync();
        var dongguan = Assert.Single(await Store.TallyAsync(March with { Units = ["东关街道"] }, CaseGrouping.Unit, Today, Ct));
        Assert.Equal(("东关街道", 1), (dongguan.Key, dongguan.Total));
        Assert.Equal(0, Assert.Single(await Store.TallyAsync(March with { Units = [] }, CaseGrouping.None, Today, Ct)).Total);
        Assert.Equal(0, (await Store.RepeatPetitionersAsync(March with { Units = ["东关街道"] }, 2, 10, Ct)).People);
    }

    [Fact]
    public async Task Days_are_counted_for_trends_and_the_collective_filter_narrows_them()
    {
        await SeedAsync();
        var days = await Store.TallyAsync(new CaseQuery { ReceivedFrom = D("2026-03-01"), ReceivedTo = D("2026-04-30") },
            CaseGrouping.ReceivedDay, Today, Ct);
        Assert.Equal(["2026-03-05", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-25", "2026-04-02"], days.Select(d => d.Key).Order());
        var collective = Assert.Single(await Store.TallyAsync(March with { Collective = true }, CaseGrouping.ReceivedDay, Today, Ct));
        Assert.Equal(("2026-03-25", 1), (collective.Key, collective.Total));
    }

    [Fact]
    public async Task Repeat_petitioners_are_the_same_id_number_or_without_one_the_same_phone()
    {
        await SeedAsync();
        // 王秀兰 (same ID) filed three times in March; 李四 twice more by phone only, once with his ID.
        await Store.CreateAsync(Register("2026-03-28", unit: "城关镇", name: "李四", phone: "139 0000 0001", idNumber: null!), Ct);
        await Store.CreateAsync(Register("2026-03-29", unit: "城关镇", name: "李四", phone: "13900000001", idNumber: null!), Ct);
        var repeat = await Store.RepeatPetitionersAsync(March, 2, 10, Ct);
        Assert.Equal(2, repeat.People);
        Assert.Equal([("王秀兰", 3), ("李四", 2)], repeat.Top.Select(p => (p.Name, p.Cases)));
        Assert.Equal(D("2026-03-29"), repeat.Top[1].LastReceived);
        Assert.Equal(1, (await Store.RepeatPetitionersAsync(March, 3, 10, Ct)).People);
        var top = await Store.RepeatPetitionersAsync(March, 2, 1, Ct);
        Assert.Equal((2, 1), (top.People, top.Top.Count));
    }

    [Fact]
    public async Task Migrating_fills_the_conclude_due_date_of_cases_concluded_before_the_statistics_columns()
    {
        await SeedAsync();
        await ExecuteSqlAsync("UPDATE cases SET conclude_due_date = NULL");
        Assert.Equal(0, Assert.Single(await Store.TallyAsync(March, CaseGrouping.None, Today, Ct)).ConcludedOnTime);

        await Store.MigrateAsync(Ct);

        var all = Assert.Single(await Store.TallyAsync(March, CaseGrouping.None, Today, Ct));
        Assert.Equal((3, 2), (all.ConcludedOnTime, all.Overdue));
    }
}
