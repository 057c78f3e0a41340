using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using static PetitionBot.Cases.Tests.CaseFactory;

namespace PetitionBot.Cases.Tests.Lifecycle;

public class CaseDeadlinesTests
{
    private static readonly CaseDeadlines Deadlines = StatusMachine.Deadlines;

    [Fact]
    public void A_registered_case_must_be_routed_within_fifteen_days()
    {
        // 03-17 + 15日 = Wed 04-01.
        var next = Deadlines.NextDue(Registered("2026-03-17"), D("2026-03-18"))!;
        Assert.Equal(DeadlineStep.Register, next.Step);
        Assert.Equal("登记转送或告知", next.Due);
        Assert.Equal(D("2026-04-01"), next.Date);
        Assert.Equal("《信访工作条例》第二十二条", next.Citation);
        Assert.Equal(DeadlineColour.Normal, next.Colour);
        Assert.False(next.IsProvisional);
    }

    [Theory]
    [InlineData("2026-03-26", DeadlineColour.Normal, 4, 0)] // 27, 30, 31, 04-01 left
    [InlineData("2026-03-27", DeadlineColour.Yellow, 3, 0)]
    [InlineData("2026-04-01", DeadlineColour.Yellow, 0, 0)]
    [InlineData("2026-04-03", DeadlineColour.Red, 0, 2)]
    public void Colour_comes_from_today(string today, DeadlineColour colour, int left, int overdue)
    {
        var next = Deadlines.NextDue(Registered("2026-03-17"), D(today))!;
        Assert.Equal((colour, left, overdue), (next.Colour, next.WorkingDaysLeft, next.DaysOverdue));
    }

    [Fact]
    public void A_transferred_case_owes_an_acceptance_notice_counted_from_the_transfer()
    {
        // Transferred 03-18 + 15日 = Thu 04-02.
        var next = Deadlines.NextDue(Registered("2026-03-17").Then(Transfer("2026-03-18")), D("2026-03-18"))!;
        Assert.Equal((DeadlineStep.TransferAcceptanceNotice, "受理告知", D("2026-04-02"), "《信访工作条例》第二十三条第三款"),
            (next.Step, next.Due, next.Date, next.Citation));
    }

    [Fact]
    public void Conclusion_is_due_sixty_days_after_acceptance_and_moves_with_the_extension()
    {
        var accepted = Registered().Then(Accept("2026-03-20"));
        Assert.Equal(D("2026-05-19"), Deadlines.NextDue(accepted, D("2026-03-20"))!.Date);
        var extended = accepted.Then(Extend("2026-05-10"));
        var next = Deadlines.NextDue(extended, D("2026-05-10"))!;
        Assert.Equal((DeadlineStep.Conclude, D("2026-06-18"), "《信访工作条例》第三十四条"), (next.Step, next.Date, next.Citation));
    }

    [Fact]
    public void Zhejiang_cases_follow_the_provincial_limits()
    {
        // 5个工作日 from Tue 03-17: 18, 19, 20, 23, 24.
        var registered = Registered("2026-03-17", jurisdiction: "zhejiang");
        Assert.Equal(D("2026-03-24"), Deadlines.NextDue(registered, D("2026-03-17"))!.Date);
        // 办结 30日 from 03-20 = Sun 04-19 → Mon 04-20.
        Assert.Equal(D("2026-04-20"), Deadlines.NextDue(registered.Then(Accept("2026-03-20")), D("2026-03-20"))!.Date);
    }

    [Fact]
    public void After_the_reply_the_petitioner_window_for_review_is_shown()
    {
        var delivered = Registered().Then(Accept("2026-03-20"), Conclude("2026-06-01"), Deliver("2026-06-03"));
        var next = Deadlines.NextDue(delivered, D("2026-06-03"))!;
        Assert.Equal((DeadlineStep.ReviewRequest, DeadlineParty.Petitioner, D("2026-07-03")), (next.Step, next.Party, next.Date));
    }

    [Fact]
    public void Hearing_days_push_the_re_review_decision()
    {
        var requested = Registered().Then(
            Accept("2026-03-20"), Conclude("2026-06-01"), Deliver("2026-06-03"), RequestReview("2026-06-10"),
            DecideReview("2026-07-20", "2026-07-22"), RequestReReview("2026-08-01"));
        // 08-01 + 30日 = Mon 08-31.
        Assert.Equal(D("2026-08-31"), Deadlines.NextDue(requested, D("2026-08-01"))!.Date);
        var heard = requested.Then(new RecordHearing { By = Supervisor, At = At("2026-08-12"), From = D("2026-08-10"), To = D("2026-08-12") });
        // Three hearing days not counted → Thu 09-03.
        var next = Deadlines.NextDue(heard, D("2026-08-12"))!;
        Assert.Equal((DeadlineStep.ReReviewDecision, D("2026-09-03"), "《信访工作条例》第三十六条"), (next.Step, next.Date, next.Citation));
    }

    [Fact]
    public void A_due_date_in_2027_is_provisional_and_says_so()
    {
        var accepted = Registered("2026-11-10").Then(Accept("2026-11-10"));
        var next = Deadlines.NextDue(accepted, D("2026-11-10"))!;
        Assert.Equal(D("2027-01-11"), next.Date);
        Assert.True(next.IsProvisional);
        Assert.Contains("尚未公布", next.ProvisionalNote);
    }

    [Fact]
    public void A_closed_case_has_nothing_due()
    {
        var closed = Registered().Then(
            new RejectCase { By = Officer, At = At("2026-03-18"), On = D("2026-03-18"), Why = "已通过诉讼途径解决" },
            Close("2026-03-18"));
        Assert.Null(Deadlines.NextDue(closed, D("2026-03-18")));
    }
}
