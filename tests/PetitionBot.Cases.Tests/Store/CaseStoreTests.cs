using System.Data.Common;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using static PetitionBot.Cases.Tests.CaseFactory;

namespace PetitionBot.Cases.Tests.Store;

/// <summary>The contract every case store keeps; run against each database by a subclass.</summary>
public abstract class CaseStoreTests : IAsyncLifetime
{
    private RelationalCaseStore? _store;

    private protected RelationalCaseStore Store => _store ?? throw new InvalidOperationException("Store not opened.");

    private static CancellationToken Ct => CancellationToken.None;

    /// <summary>A migrated store on a fresh, empty database.</summary>
    private protected abstract Task<RelationalCaseStore> OpenStoreAsync();

    /// <summary>A store whose database cannot be reached.</summary>
    private protected abstract RelationalCaseStore UnreachableStore();

    /// <summary>Inserts <paramref name="count"/> bare case rows straight into the table (no JSON), then updates statistics.</summary>
    private protected abstract Task BulkInsertCaseRowsAsync(int count);

    /// <summary>Runs SQL straight on the store's database (to set up rows the store itself would never write).</summary>
    private protected abstract Task ExecuteSqlAsync(string sql);

    private protected abstract SqlDialect Dialect { get; }

    public async Task InitializeAsync() => _store = await OpenStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
    }

    [Fact]
    public async Task Create_allocates_number_and_query_code_and_reads_back()
    {
        var created = await Store.CreateAsync(Register("2026-03-17", people: 6), Ct);
        Assert.Equal("XF-2026-000001", created.Number);
        Assert.NotNull(QueryCode.Normalize(created.QueryCode));

        var read = (await Store.GetByNumberAsync("XF-2026-000001", Ct))!;
        Assert.Equal(created.QueryCode, read.QueryCode);
        Assert.Equal(("王秀兰", "13812345678", "11010519491231002X"), (read.Petitioners[0].Name, read.Petitioners[0].Phone, read.Petitioners[0].IdNumber));
        Assert.True(read.IsCollective);
        Assert.Equal(CaseStatus.Registered, read.Status);
        Assert.Equal(created.ReceivedAt, read.ReceivedAt);
        Assert.Equal(created.Dates, read.Dates);
        Assert.Equal(1, read.Version);
        Assert.Equal(created.Number, (await Store.GetByQueryCodeAsync(created.QueryCode.ToLowerInvariant(), Ct))!.Number);
    }

    [Fact]
    public async Task Numbers_count_per_year()
    {
        Assert.Equal("XF-2026-000001", (await Store.CreateAsync(Register("2026-03-17"), Ct)).Number);
        Assert.Equal("XF-2026-000002", (await Store.CreateAsync(Register("2026-03-18"), Ct)).Number);
        Assert.Equal("XF-2025-000001", (await Store.CreateAsync(Register("2025-12-30"), Ct)).Number);
    }

    [Fact]
    public async Task Every_change_is_an_event_with_who_when_and_why()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        c = await Store.ApplyAsync(c.Number, Accept("2026-03-20"), 1, Ct);
        c = await Store.ApplyAsync(c.Number, Extend("2026-05-10"), 2, Ct);
        Assert.Equal(3, c.Version);

        var history = await Store.HistoryAsync(c.Number, Ct);
        Assert.Equal([1L, 2L, 3L], history.Select(e => e.Version));
        Assert.Equal(["register", "accept", "extend"], history.Select(e => e.Kind));
        Assert.Equal(["登记", "受理", "延期"], history.Select(e => e.Label));
        var extension = history[2];
        Assert.Equal(Officer, extension.By);
        Assert.Equal(At("2026-05-10"), extension.At);
        Assert.Equal("需调取多年工资台账", extension.Why);
        Assert.Equal("赵强", Assert.IsType<ExtendCase>(extension.Command).Approver);
        Assert.Equal(Register("2026-03-17").Case.Claim, Assert.IsType<RegisterCase>(history[0].Command).Case.Claim);
    }

    [Fact]
    public async Task A_refused_transition_changes_nothing()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        var refused = await Assert.ThrowsAsync<CaseTransitionRefusedException>(() => Store.ApplyAsync(c.Number, Conclude("2026-03-20"), 1, Ct));
        Assert.Contains("尚未受理", refused.Message);
        Assert.Equal(1, (await Store.GetByNumberAsync(c.Number, Ct))!.Version);
        Assert.Single(await Store.HistoryAsync(c.Number, Ct));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        await Store.ApplyAsync(c.Number, Accept("2026-03-20"), 1, Ct);
        await Assert.ThrowsAsync<CaseVersionConflictException>(() =>
            Store.ApplyAsync(c.Number, new AssignOfficer { By = Officer, At = At("2026-03-21"), Officer = "officer-wang" }, 1, Ct));
    }

    [Fact]
    public async Task Unknown_cases_are_not_found()
    {
        Assert.Null(await Store.GetByNumberAsync("XF-2026-999999", Ct));
        Assert.Null(await Store.GetByQueryCodeAsync("ZZZZZZ", Ct));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Store.ApplyAsync("XF-2026-999999", Accept("2026-03-20"), 1, Ct));
    }

    [Fact]
    public async Task Of_two_concurrent_transitions_exactly_one_wins()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        using var start = new Barrier(2);
        Task<PetitionCase> Race(string officer) => Task.Run(() =>
        {
            start.SignalAndWait();
            return Store.ApplyAsync(c.Number, Accept("2026-03-20", officer), 1, Ct);
        });
        var outcomes = await Task.WhenAll(Outcome(Race("officer-li")), Outcome(Race("officer-wang")));
        var winner = Assert.Single(outcomes, o => o.Case is not null).Case!;
        Assert.IsType<CaseVersionConflictException>(Assert.Single(outcomes, o => o.Error is not null).Error);
        var stored = (await Store.GetByNumberAsync(c.Number, Ct))!;
        Assert.Equal((2L, winner.HandlingOfficer), (stored.Version, stored.HandlingOfficer));
        Assert.Equal(2, (await Store.HistoryAsync(c.Number, Ct)).Count);
    }

    [Fact]
    public async Task Fifty_parallel_creates_get_fifty_distinct_numbers()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Store.CreateAsync(Register("2026-03-17"), Ct))));
        var expected = Enumerable.Range(1, 50).Select(n => CaseNumber.Format(2026, n));
        Assert.Equal(expected, created.Select(c => c.Number).Order(StringComparer.Ordinal));
        Assert.Equal(50, created.Select(c => c.QueryCode).Distinct().Count());
    }

    [Fact]
    public async Task Finds_cases_by_petitioner_name_or_phone_written_any_way()
    {
        var wang = await Store.CreateAsync(Register("2026-03-17", name: "王秀兰", phone: "13812345678"), Ct);
        await Store.CreateAsync(Register("2026-03-17", name: "张三", phone: "13900001111"), Ct);

        Assert.Equal([wang.Number], (await Store.FindAsync(new CaseQuery { PetitionerName = "王秀兰" }, Ct)).Select(c => c.Number));
        Assert.Equal([wang.Number], (await Store.FindAsync(new CaseQuery { PetitionerPhone = "+86 138-1234-5678" }, Ct)).Select(c => c.Number));
        Assert.Empty(await Store.FindAsync(new CaseQuery { PetitionerName = "李四" }, Ct));
    }

    [Fact]
    public async Task Finds_cases_by_petitioner_id_number_whatever_the_case_of_its_x()
    {
        var wang = await Store.CreateAsync(Register("2026-03-17", name: "王秀兰", idNumber: "11010519491231002x"), Ct);
        await Store.CreateAsync(Register("2026-03-17", name: "张三", idNumber: "110105194912310037"), Ct);

        Assert.Equal([wang.Number], (await Store.FindAsync(new CaseQuery { PetitionerIdNumber = "11010519491231002X" }, Ct)).Select(c => c.Number));
        Assert.Equal(1, await Store.CountAsync(new CaseQuery { PetitionerIdNumber = "11010519491231002x" }, Ct));
        Assert.Empty(await Store.FindAsync(new CaseQuery { PetitionerIdNumber = "110105194912310045" }, Ct));
    }

    [Fact]
    public async Task The_id_number_migration_fills_petitioners_filed_before_it_from_the_case_document()
    {
        var wang = await Store.CreateAsync(Register("2026-03-17", idNumber: "11010519491231002x"), Ct);
        await ExecuteSqlAsync("UPDATE case_petitioners SET id_number = NULL");
        Assert.Empty(await Store.FindAsync(new CaseQuery { PetitionerIdNumber = "11010519491231002X" }, Ct));

        var migration = SchemaMigrator.Scripts(Dialect).Single(s => s.Name.Contains("petitioner_id_numbers")).Sql;
        var update = migration[migration.IndexOf("UPDATE", StringComparison.Ordinal)..];
        await ExecuteSqlAsync(update[..(update.IndexOf(';') + 1)]);

        Assert.Equal([wang.Number], (await Store.FindAsync(new CaseQuery { PetitionerIdNumber = "11010519491231002X" }, Ct)).Select(c => c.Number));
    }

    [Fact]
    public async Task Finds_an_officers_cases_a_units_cases_and_collective_cases()
    {
        var mine = await Store.CreateAsync(Register("2026-03-17", people: 6, unit: "城关镇"), Ct);
        mine = await Store.ApplyAsync(mine.Number, Accept("2026-03-20", "officer-li"), 1, Ct);
        var theirs = await Store.CreateAsync(Register("2026-03-17", unit: "东关街道"), Ct);
        await Store.ApplyAsync(theirs.Number, Accept("2026-03-20", "officer-wang"), 1, Ct);

        Assert.Equal([mine.Number], (await Store.FindAsync(new CaseQuery { HandlingOfficer = "officer-li" }, Ct)).Select(c => c.Number));
        Assert.Equal([theirs.Number], (await Store.FindAsync(new CaseQuery { Units = ["东关街道"] }, Ct)).Select(c => c.Number));
        Assert.Equal(2, await Store.CountAsync(new CaseQuery { Units = ["东关街道", "城关镇", "西关街道"] }, Ct));
        Assert.Equal(1, await Store.CountAsync(new CaseQuery { Units = ["西关街道", "城关镇"] }, Ct));
        Assert.Equal(0, await Store.CountAsync(new CaseQuery { Units = [] }, Ct));
        Assert.Equal([mine.Number], (await Store.FindAsync(new CaseQuery { Collective = true }, Ct)).Select(c => c.Number));
        Assert.Equal([theirs.Number], (await Store.FindAsync(new CaseQuery { Collective = false }, Ct)).Select(c => c.Number));
    }

    [Fact]
    public async Task Open_cases_by_next_due_date_follow_each_transition()
    {
        // Registered 03-17: routing due 04-01. Accepted 03-20: 办结 due 05-19.
        var routing = await Store.CreateAsync(Register("2026-03-17"), Ct);
        var handling = await Store.CreateAsync(Register("2026-03-17"), Ct);
        handling = await Store.ApplyAsync(handling.Number, Accept("2026-03-20"), 1, Ct);
        var closed = await Store.CreateAsync(Register("2026-03-17"), Ct);
        closed = await Store.ApplyAsync(closed.Number, new RejectCase { By = Officer, At = At("2026-03-18"), On = D("2026-03-18"), Why = "已进入诉讼程序" }, 1, Ct);
        await Store.ApplyAsync(closed.Number, Close("2026-03-18"), 2, Ct);

        Assert.Equal([routing.Number], (await Store.FindAsync(CaseQuery.OpenDueBy(D("2026-04-01")), Ct)).Select(c => c.Number));
        Assert.Equal([routing.Number, handling.Number], (await Store.FindAsync(CaseQuery.OpenDueBy(D("2026-05-19")), Ct)).Select(c => c.Number));
        Assert.Equal([handling.Number],
            (await Store.FindAsync(new CaseQuery { DueFrom = D("2026-04-02"), DueTo = D("2026-05-31") }, Ct)).Select(c => c.Number));

        await Store.ApplyAsync(routing.Number, Transfer("2026-03-25"), 1, Ct);
        // Transferred 03-25: acceptance notice due 04-09, no longer by 04-01.
        Assert.Empty(await Store.FindAsync(CaseQuery.OpenDueBy(D("2026-04-01")), Ct));
        Assert.Equal(3, (await Store.FindAsync(new CaseQuery(), Ct)).Count);
        Assert.Equal(2, (await Store.FindAsync(new CaseQuery { OpenOnly = true }, Ct)).Count);
    }

    [Fact]
    public async Task A_failure_mid_transition_leaves_nothing_half_written()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        Store.AfterCaseRowWritten = FailingStatementAsync;
        var failed = await Assert.ThrowsAsync<CaseStoreUnavailableException>(() => Store.ApplyAsync(c.Number, Accept("2026-03-20"), 1, Ct));
        Assert.IsAssignableFrom<DbException>(failed.InnerException);
        Store.AfterCaseRowWritten = null;

        var stored = (await Store.GetByNumberAsync(c.Number, Ct))!;
        Assert.Equal((1L, CaseStatus.Registered), (stored.Version, stored.Status));
        Assert.Single(await Store.HistoryAsync(c.Number, Ct));
        Assert.Single(await Store.FindAsync(CaseQuery.OpenDueBy(D("2026-04-01")), Ct));
        // The same command succeeds once the database is healthy again.
        Assert.Equal(2, (await Store.ApplyAsync(c.Number, Accept("2026-03-20"), 1, Ct)).Version);
    }

    [Fact]
    public async Task A_failure_mid_registration_uses_up_no_number()
    {
        Store.AfterCaseRowWritten = FailingStatementAsync;
        await Assert.ThrowsAsync<CaseStoreUnavailableException>(() => Store.CreateAsync(Register("2026-03-17", name: "王秀兰"), Ct));
        Store.AfterCaseRowWritten = null;

        Assert.Null(await Store.GetByNumberAsync("XF-2026-000001", Ct));
        Assert.Empty(await Store.FindAsync(new CaseQuery { PetitionerName = "王秀兰" }, Ct));
        Assert.Equal("XF-2026-000001", (await Store.CreateAsync(Register("2026-03-17"), Ct)).Number);
    }

    [Fact]
    public async Task A_database_that_is_down_is_reported_as_unavailable()
    {
        await using var down = UnreachableStore();
        var failed = await Assert.ThrowsAsync<CaseStoreUnavailableException>(() => down.CreateAsync(Register("2026-03-17"), Ct));
        Assert.Equal("案件暂时没能保存，您填写的内容都还在。", CaseStoreUnavailableException.UserMessage);
        Assert.IsAssignableFrom<DbException>(failed.InnerException);
        await Assert.ThrowsAsync<CaseStoreUnavailableException>(() => down.GetByNumberAsync("XF-2026-000001", Ct));
    }

    [Fact]
    public async Task Registering_again_with_the_same_idempotency_key_returns_the_first_case()
    {
        var first = await Store.CreateAsync(Register("2026-03-17") with { IdempotencyKey = "test/conv-1/activity-7" }, Ct);
        first = await Store.ApplyAsync(first.Number, Accept("2026-03-18"), 1, Ct);

        var again = await Store.CreateAsync(Register("2026-03-17") with { IdempotencyKey = "test/conv-1/activity-7" }, Ct);

        Assert.Equal((first.Number, 2L), (again.Number, again.Version));
        Assert.Equal(1, await Store.CountAsync(new CaseQuery(), Ct));
        Assert.Equal("XF-2026-000002", (await Store.CreateAsync(Register("2026-03-17") with { IdempotencyKey = "test/conv-1/activity-8" }, Ct)).Number);
    }

    [Fact]
    public async Task Concurrent_registrations_with_one_key_file_one_case()
    {
        var command = Register("2026-03-17") with { IdempotencyKey = "test/conv-2/activity-1" };
        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.CreateAsync(command, Ct))));
        Assert.Single(created.Select(c => c.Number).Distinct());
        Assert.Equal(1, await Store.CountAsync(new CaseQuery(), Ct));
    }

    [Fact]
    public async Task Applying_a_command_again_with_its_idempotency_key_changes_nothing()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        var accept = Accept("2026-03-18") with { IdempotencyKey = "test/conv-3/activity-2" };
        var accepted = await Store.ApplyAsync(c.Number, accept, 1, Ct);

        // The re-run turn read the case after its first run, so it expects version 2.
        var rerun = await Store.ApplyAsync(c.Number, accept, 2, Ct);

        Assert.Equal((accepted.Number, accepted.Version, accepted.Status), (rerun.Number, rerun.Version, rerun.Status));
        Assert.Equal(2, (await Store.HistoryAsync(c.Number, Ct)).Count);
        var next = await Store.ApplyAsync(c.Number, Extend("2026-05-10") with { IdempotencyKey = "test/conv-3/activity-3" }, 2, Ct);
        Assert.Equal(3, next.Version);
    }

    [Fact]
    public async Task My_cases_are_those_i_handle_or_registered_and_lists_page()
    {
        var registrar = new Actor("officer-wang", "王强", "东关街道");
        var registered = await Store.CreateAsync(Register("2026-03-17", by: registrar), Ct);
        var handled = await Store.CreateAsync(Register("2026-03-17"), Ct);
        await Store.ApplyAsync(handled.Number, Accept("2026-03-18", "officer-wang"), 1, Ct);
        await Store.CreateAsync(Register("2026-03-17"), Ct);

        var mine = new CaseQuery { HandledOrRegisteredBy = "officer-wang" };
        Assert.Equal(2, await Store.CountAsync(mine, Ct));
        Assert.Equal(new[] { registered.Number, handled.Number }.Order(StringComparer.Ordinal),
            (await Store.FindAsync(mine, Ct)).Select(c => c.Number).Order(StringComparer.Ordinal));

        var all = new CaseQuery { OpenOnly = true, Limit = 2 };
        var page1 = await Store.FindAsync(all, Ct);
        var page2 = await Store.FindAsync(all with { Offset = 2 }, Ct);
        Assert.Equal((2, 1), (page1.Count, page2.Count));
        Assert.Equal(3, page1.Concat(page2).Select(c => c.Number).Distinct().Count());
        Assert.Equal(3, await Store.CountAsync(all, Ct));
    }

    [Fact]
    public async Task A_progress_note_is_an_event_that_changes_no_status()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        c = await Store.ApplyAsync(c.Number, Accept("2026-03-18"), 1, Ct);
        var noted = await Store.ApplyAsync(c.Number, new AddProgressNote { By = Officer, At = At("2026-03-25"), Why = "已约谈施工方" }, 2, Ct);

        Assert.Equal((3L, CaseStatus.InProgress), (noted.Version, noted.Status));
        var last = (await Store.HistoryAsync(c.Number, Ct))[^1];
        Assert.Equal(("progress-note", "办理进展", "已约谈施工方"), (last.Kind, last.Label, last.Why));
    }

    [Fact]
    public async Task Migrating_again_is_harmless()
    {
        var c = await Store.CreateAsync(Register("2026-03-17"), Ct);
        await Store.MigrateAsync(Ct);
        Assert.NotNull(await Store.GetByNumberAsync(c.Number, Ct));
    }

    [Fact]
    public async Task A_due_lists_page_reads_the_covering_index_in_its_order()
    {
        await BulkInsertCaseRowsAsync(20_000);
        var plan = await Store.ExplainFindAsync(CaseQuery.OpenDueBy(D("2020-01-10")), Ct);
        Assert.Contains("ix_cases_open_due_cover", plan);
    }

    [Fact]
    public async Task A_due_list_counts_its_overdue_cases_in_the_same_query()
    {
        // Received 03-10 and sent on to 东关街道 on 03-11: its acceptance notice was due 03-26, overdue on 04-01.
        var early = await Store.CreateAsync(Register("2026-03-10", unit: "城关镇"), Ct);
        await Store.ApplyAsync(early.Number, Transfer("2026-03-11", "东关街道"), 1, Ct);
        // Received 03-17: routing due 04-01, the day itself, so not overdue yet.
        await Store.CreateAsync(Register("2026-03-17", unit: "城关镇"), Ct);
        await Store.CreateAsync(Register("2026-03-17", unit: "东关街道"), Ct);
        var week = new CaseQuery { OpenOnly = true, DueTo = D("2026-04-05") };

        Assert.Equal(new CaseCounts(3, 1), await Store.CountAsync(week, D("2026-04-01"), Ct));
        Assert.Equal(new CaseCounts(2, 1), await Store.CountAsync(week with { Units = ["东关街道"] }, D("2026-04-01"), Ct));
        Assert.Equal(new CaseCounts(2, 1), await Store.CountAsync(week with { Units = ["城关镇"] }, D("2026-04-01"), Ct));
        Assert.Equal(new CaseCounts(0, 0), await Store.CountAsync(week with { Units = ["西关街道"] }, D("2026-04-01"), Ct));
        Assert.Equal(new CaseCounts(3, 3), await Store.CountAsync(week, D("2026-04-02"), Ct));
    }

    [Fact]
    public async Task The_due_list_count_uses_the_open_due_date_index()
    {
        await BulkInsertCaseRowsAsync(20_000);
        var plan = await Store.ExplainCountAsync(new CaseQuery { OpenOnly = true, DueTo = D("2020-01-10") }, D("2020-01-05"), Ct);
        Assert.Contains("ix_cases_open_next_due", plan);
    }

    private static async Task<(PetitionCase? Case, Exception? Error)> Outcome(Task<PetitionCase> attempt)
    {
        try
        {
            return (await attempt, null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private static async Task FailingStatementAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO table_that_does_not_exist (x) VALUES (1)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
