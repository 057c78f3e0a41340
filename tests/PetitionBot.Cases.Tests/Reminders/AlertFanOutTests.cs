using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Reminders;

namespace PetitionBot.Cases.Tests.Reminders;

public sealed class AlertFanOutTests
{
    private static readonly CaseTransition[] Found =
    [
        Transition("XF-2026-000001", "城关镇", officer: "officer-li"),
        Transition("XF-2026-000002", "东关街道", responsible: "城关镇", officer: "officer-wang"),
        Transition("XF-2026-000003", "城关镇"),
        Transition("XF-2026-000004", "东关街道"),
        Transition("XF-2026-000005", "城关镇"),
    ];

    [Fact]
    public void Each_subscriber_gets_the_first_transitions_it_covers_in_the_order_found_up_to_the_bound_each_once()
    {
        ReminderSubscription[] subscribers =
        [
            Subscriber("all", ReminderScope.All),
            Subscriber("chengguan", ReminderScope.Units, units: ["城关镇"]),
            Subscriber("dongguan", ReminderScope.Units, units: ["东关街道"]),
            Subscriber("both", ReminderScope.Units, units: ["东关街道", "城关镇", "城关镇"]),
            Subscriber("li", ReminderScope.OwnCases, officer: "officer-li"),
            Subscriber("zhang", ReminderScope.OwnCases, officer: "officer-zhang"),
            Subscriber("left", ReminderScope.All) with { IsActive = false },
        ];

        var planned = new AlertFanOut(subscribers, maxPerSubscriber: 3).Plan(Found)
            .GroupBy(p => p.Subscriber.Id)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Transition.Case.Number[^1..]).ToArray());

        Assert.Equal(["1", "2", "3"], planned["all"]);
        // 000002 is 城关镇's as the responsible unit.
        Assert.Equal(["1", "2", "3"], planned["chengguan"]);
        Assert.Equal(["2", "4"], planned["dongguan"]);
        Assert.Equal(["1", "2", "3"], planned["both"]);
        Assert.Equal(["1"], planned["li"]);
        Assert.False(planned.ContainsKey("zhang"));
        Assert.False(planned.ContainsKey("left"));
    }

    [Fact]
    public void Without_a_bound_worth_speaking_of_everyone_hears_of_everything_they_cover()
    {
        var planned = new AlertFanOut([Subscriber("both", ReminderScope.Units, units: ["城关镇", "东关街道"])], maxPerSubscriber: 100)
            .Plan(Found).Select(p => p.Transition).ToList();
        Assert.Equal(Found, planned);
    }

    private static CaseTransition Transition(string number, string unit, string? responsible = null, string? officer = null) =>
        new(new DueCase(number, DeadlineStep.Register, TestData.D("2026-04-01"), unit, responsible, officer), DeadlineColour.Yellow);

    private static ReminderSubscription Subscriber(string id, ReminderScope scope, string[]? units = null, string? officer = null) => new()
    {
        Id = id,
        ChannelId = "test",
        ConversationId = "conversation-" + id,
        UserId = id,
        Scope = scope,
        Units = units ?? [],
        OfficerId = officer,
        DigestTime = new TimeOnly(8, 30),
        Address = "{}",
    };
}
