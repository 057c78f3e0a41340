using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Tests.Lifecycle;

/// <summary>The lifecycle table is whole: every command has its row, every open status a way on, no word two meanings.</summary>
public sealed class CaseStepsTests
{
    private static readonly Type[] Commands = [.. typeof(CaseCommand).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(CaseCommand)) && !t.IsAbstract && t != typeof(RegisterCase))];

    [Fact]
    public void Every_command_but_registration_has_exactly_one_row()
    {
        Assert.NotEmpty(Commands);
        foreach (var command in Commands)
            Assert.True(CaseSteps.Steps.Count(s => s.Command == command) == 1, $"{command.Name} needs exactly one row in CaseSteps.");
        Assert.All(CaseSteps.Steps, s => Assert.Contains(s.Command, Commands));
    }

    [Fact]
    public void Every_status_but_closed_has_a_step_that_leaves_it()
    {
        foreach (var status in Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Closed))
            Assert.True(CaseSteps.Steps.Any(s => s.From.Contains(status)), $"No step leaves {status}.");
    }

    [Fact]
    public void A_status_that_waits_under_a_time_limit_offers_a_button_to_move_on()
    {
        foreach (var wait in CaseSteps.Waits)
        {
            var c = CaseIn(wait.Status);
            Assert.True(CaseSteps.ButtonsFor(c).Any(), $"A case in {wait.Status} waits under {wait.Step} but is offered no step.");
        }
    }

    [Fact]
    public void A_button_offers_only_a_step_the_case_may_take()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            var c = CaseIn(status);
            foreach (var button in CaseSteps.ButtonsFor(c))
            {
                var step = Assert.Single(CaseSteps.Steps, s => s.Buttons.Any(b => b.Text == button));
                Assert.True(step.From.Length == 0 || step.From.Contains(status), $"{button} offered in {status}, which {step.Command.Name} may not leave.");
            }
        }
    }

    [Fact]
    public void No_step_word_belongs_to_two_steps_and_longer_words_are_tried_first()
    {
        var owners = CaseSteps.Steps.SelectMany(s => s.Verbs.Select(v => (Verb: v, s.Command))).GroupBy(x => x.Verb);
        Assert.All(owners, g => Assert.True(g.Count() == 1, $"{g.Key} names {string.Join(" and ", g.Select(x => x.Command.Name))}."));
        Assert.Equal(CaseSteps.Words.OrderByDescending(w => w.Length), CaseSteps.Words);
    }

    private static PetitionCase CaseIn(CaseStatus status) => new()
    {
        Number = "XF-2026-000001",
        QueryCode = "000000",
        Jurisdiction = "national",
        Form = PetitionForm.Visit,
        Petitioners = [],
        PeopleCount = 1,
        ProblemLocation = "城关镇",
        Claim = new PetitionClaim("测试"),
        RegisteringUnit = "县信访局",
        Status = status,
        ReceivedAt = DateTimeOffset.Parse("2026-03-02T09:00:00+08:00"),
        Dates = new CaseDates { Received = new DateOnly(2026, 3, 2) },
        Version = 1,
    };
}
