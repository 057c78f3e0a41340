using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Reminders;

namespace PetitionBot.Cases.Tests.Reminders;

public sealed class DigestCasesTests
{
    private static readonly DateOnly Today = TestData.D("2026-04-01");

    [Fact]
    public void Counts_red_and_yellow_and_keeps_the_most_urgent_whatever_order_the_cases_come_in()
    {
        var cases = Enumerable.Range(1, 40)
            .Select(i => Due($"XF-2026-{i:000000}", Today.AddDays(i % 8 - 4), "城关镇"))
            .Reverse()
            .ToList();
        var digest = new DigestCases(Today, top: 3);
        cases.ForEach(digest.Add);

        var all = digest.For(Subscriber(ReminderScope.All));

        // Due from four days ago to three days ahead, five cases a day: 20 overdue.
        Assert.Equal((20, 20), (all.Red, all.Yellow));
        // Four days overdue: 000008, 000016, 000024, …; the first three by number.
        Assert.Equal(["XF-2026-000008", "XF-2026-000016", "XF-2026-000024"], all.MostUrgent.Select(c => c.Number));
    }

    [Fact]
    public void A_subscriber_of_two_units_counts_a_case_of_both_once_and_an_officer_only_their_own()
    {
        var digest = new DigestCases(Today, top: 5);
        digest.Add(Due("XF-2026-000001", Today, "城关镇", responsible: "东关街道", officer: "officer-li"));
        digest.Add(Due("XF-2026-000002", Today.AddDays(-1), "东关街道"));
        digest.Add(Due("XF-2026-000003", Today.AddDays(-2), "西关街道", officer: "officer-li"));
        digest.Add(Due("XF-2026-000004", Today, "城关镇", responsible: "城关镇"));

        var both = digest.For(Subscriber(ReminderScope.Units, units: ["城关镇", "东关街道"]));
        Assert.Equal((1, 2), (both.Red, both.Yellow));
        Assert.Equal(["XF-2026-000002", "XF-2026-000001", "XF-2026-000004"], both.MostUrgent.Select(c => c.Number));

        var dongguan = digest.For(Subscriber(ReminderScope.Units, units: ["东关街道"]));
        Assert.Equal(["XF-2026-000002", "XF-2026-000001"], dongguan.MostUrgent.Select(c => c.Number));

        var li = digest.For(Subscriber(ReminderScope.OwnCases, officer: "officer-li"));
        Assert.Equal((1, 1), (li.Red, li.Yellow));
        Assert.Equal(["XF-2026-000003", "XF-2026-000001"], li.MostUrgent.Select(c => c.Number));

        var stranger = digest.For(Subscriber(ReminderScope.OwnCases, officer: "officer-zhang"));
        Assert.Equal((0, 0, 0), (stranger.Red, stranger.Yellow, stranger.MostUrgent.Count));
    }

    private static DueCase Due(string number, DateOnly due, string unit, string? responsible = null, string? officer = null) =>
        new(number, DeadlineStep.Register, due, unit, responsible, officer);

    private static ReminderSubscription Subscriber(ReminderScope scope, string[]? units = null, string? officer = null) => new()
    {
        ChannelId = "test",
        ConversationId = "c",
        UserId = "u",
        Scope = scope,
        Units = units ?? [],
        OfficerId = officer,
        DigestTime = new TimeOnly(8, 30),
        Address = "{}",
    };
}
