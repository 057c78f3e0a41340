using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using static PetitionBot.Cases.Tests.CaseFactory;

namespace PetitionBot.Cases.Tests.Lifecycle;

public class CaseLifecycleTests
{
    [Fact]
    public void Registration_starts_at_version_one_with_its_dates()
    {
        var c = Registered("2026-03-17");
        Assert.Equal(CaseStatus.Registered, c.Status);
        Assert.Equal(1, c.Version);
        Assert.Equal(D("2026-03-17"), c.Dates.Received);
        Assert.Equal(D("2026-03-17"), c.Dates.Registered);
        Assert.Equal("national", c.Jurisdiction);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Five_or_more_people_is_a_collective_visit(int people, bool collective) =>
        Assert.Equal(collective, Registered(people: people).IsCollective);

    [Fact]
    public void Registration_without_a_name_is_refused()
    {
        var command = Register() with { Case = Register().Case with { Petitioners = [new Petitioner(" ")] } };
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => StatusMachine.Register(command, "XF-2026-000001", "7K3Q9P"));
        Assert.Equal("请填写信访人姓名。", refused.Message);
    }

    [Fact]
    public void The_whole_road_to_closing_after_re_review()
    {
        var c = Registered("2026-03-17").Then(
            Accept("2026-03-20"),
            Extend("2026-05-10"),
            Conclude("2026-06-01"),
            Deliver("2026-06-03"),
            Evaluate("2026-06-05", Satisfaction.Dissatisfied),
            RequestReview("2026-07-03"),
            DecideReview("2026-07-20", "2026-07-22"),
            RequestReReview("2026-08-01"),
            new RecordHearing { By = Supervisor, At = At("2026-08-12"), From = D("2026-08-10"), To = D("2026-08-12") },
            new DecideReReview { By = Supervisor, At = At("2026-09-02"), On = D("2026-09-01"), DeliveredOn = D("2026-09-02") },
            Close("2026-09-03"));
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(12, c.Version);
        Assert.Equal(HandlingOpinion.Support, c.Opinion);
        Assert.Equal(Satisfaction.Dissatisfied, c.Satisfaction);
        Assert.Equal(new CaseExtension(30, "需调取多年工资台账", "赵强", D("2026-05-10")), c.Extension);
        Assert.Equal("officer-li", c.HandlingOfficer);
        Assert.False(c.IsOpen);
    }

    [Fact]
    public void A_progress_note_needs_text_and_keeps_status_and_dates()
    {
        var c = Registered("2026-03-17").Then(Accept("2026-03-18"));
        var empty = Assert.Throws<CaseTransitionRefusedException>(() => c.Then(new AddProgressNote { By = Officer, At = At("2026-03-20") }));
        Assert.Equal("请写明办理进展。", empty.Message);

        var noted = c.Then(new AddProgressNote { By = Officer, At = At("2026-03-20"), Why = "已约谈施工方" });
        Assert.Equal(c with { Version = c.Version + 1 }, noted);
        var closed = Registered("2026-03-17")
            .Then(new RejectCase { By = Officer, At = At("2026-03-18"), On = D("2026-03-18"), Why = "已进入诉讼程序" }, Close("2026-03-18"));
        Assert.Contains("已终结", Assert.Throws<CaseTransitionRefusedException>(() =>
            closed.Then(new AddProgressNote { By = Officer, At = At("2026-03-20"), Why = "补充说明" })).Message);
    }

    [Fact]
    public void No_conclusion_before_acceptance()
    {
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => Registered().Then(Conclude("2026-03-20")));
        Assert.Contains("尚未受理，不能办结", refused.Message);
    }

    [Fact]
    public void No_re_review_before_review()
    {
        var delivered = Registered().Then(Accept("2026-03-20"), Conclude("2026-04-10"), Deliver("2026-04-12"));
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => delivered.Then(RequestReReview("2026-04-15")));
        Assert.Contains("尚未复查，不能申请复核", refused.Message);
    }

    [Fact]
    public void Only_one_extension()
    {
        var extended = Registered().Then(Accept("2026-03-20"), Extend("2026-05-10"));
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => extended.Then(Extend("2026-05-12", 10)));
        Assert.Equal("本件已于2026年5月10日延期30日，只能延期一次。", refused.Message);
    }

    [Fact]
    public void Extension_is_capped_by_the_jurisdiction()
    {
        var accepted = Registered().Then(Accept("2026-03-20"));
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => accepted.Then(Extend("2026-05-10", 31)));
        Assert.Equal("延期不得超过30日（《信访工作条例》第三十四条）。", refused.Message);

        // 浙江 allows up to 60日.
        var zhejiang = Registered(jurisdiction: "zhejiang").Then(Accept("2026-03-20"), Extend("2026-04-10", 60));
        Assert.Equal(60, zhejiang.Extension!.Days);
    }

    [Fact]
    public void Extension_needs_an_approver_and_a_reason()
    {
        var accepted = Registered().Then(Accept("2026-03-20"));
        Assert.Equal("延期须经本机关负责人批准，请注明批准人。",
            Assert.Throws<CaseTransitionRefusedException>(() => accepted.Then(Extend("2026-05-10", approver: ""))).Message);
        Assert.Equal("请说明延期理由（需告知信访人）。",
            Assert.Throws<CaseTransitionRefusedException>(() => accepted.Then(Extend("2026-05-10", why: null))).Message);
    }

    [Fact]
    public void No_extension_after_the_sixty_days_ran_out()
    {
        // 受理 03-20 → 办结 due 05-19.
        var accepted = Registered().Then(Accept("2026-03-20"));
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => accepted.Then(Extend("2026-05-20")));
        Assert.Equal("办结期限已于2026年5月19日届满，不能再延期。", refused.Message);
    }

    [Fact]
    public void Review_must_be_asked_within_thirty_days_of_the_reply()
    {
        // Reply delivered 06-03; + 30日 = Fri 07-03.
        var delivered = Registered().Then(Accept("2026-03-20"), Conclude("2026-06-01"), Deliver("2026-06-03"));
        Assert.Equal(CaseStatus.ReviewRequested, delivered.Then(RequestReview("2026-07-03")).Status);
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => delivered.Then(RequestReview("2026-07-04")));
        Assert.Equal("已超过复查申请期限：应自收到书面答复之日起30日内提出，截止2026年7月3日（《信访工作条例》第三十五条）。", refused.Message);
    }

    [Fact]
    public void Closing_waits_for_the_review_window_unless_the_petitioner_is_satisfied()
    {
        var delivered = Registered().Then(Accept("2026-03-20"), Conclude("2026-06-01"), Deliver("2026-06-03"));
        var unhappy = delivered.Then(Evaluate("2026-06-05", Satisfaction.Dissatisfied));
        Assert.Equal("信访人在2026年7月3日前仍可申请复查，期满后才能终结。",
            Assert.Throws<CaseTransitionRefusedException>(() => unhappy.Then(Close("2026-06-10"))).Message);
        Assert.Equal(CaseStatus.Closed, unhappy.Then(Close("2026-07-04")).Status);
        Assert.Equal(CaseStatus.Closed, delivered.Then(Evaluate("2026-06-05", Satisfaction.Satisfied), Close("2026-06-10")).Status);
    }

    [Fact]
    public void A_closed_case_refuses_everything()
    {
        var closed = Registered().Then(Reject("2026-03-18"), Close("2026-03-19"));
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => closed.Then(Accept("2026-03-20")));
        Assert.Equal("本件已终结，不能再受理。", refused.Message);
    }

    [Fact]
    public void Not_accepting_needs_the_reason_told_to_the_petitioner()
    {
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => Registered().Then(Reject("2026-03-18") with { Why = null }));
        Assert.Contains("不予受理的理由", refused.Message);
        Assert.Equal("已通过诉讼途径解决", Registered().Then(Reject("2026-03-18")).NotAcceptedReason);
    }

    [Fact]
    public void Cannot_transfer_an_accepted_case()
    {
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => Registered().Then(Accept("2026-03-20"), Transfer("2026-03-21")));
        Assert.Equal("本件当前状态为“办理中”，不能转送。", refused.Message);
    }

    [Fact]
    public void Dates_can_be_neither_in_the_future_nor_before_the_previous_step()
    {
        var future = Accept("2026-03-20") with { At = At("2026-03-19") };
        Assert.Equal("受理日期（2026年3月20日）不能晚于今天（2026年3月19日）。",
            Assert.Throws<CaseTransitionRefusedException>(() => Registered("2026-03-17").Then(future)).Message);
        Assert.Equal("受理日期（2026年3月16日）不能早于收到日期（2026年3月17日）。",
            Assert.Throws<CaseTransitionRefusedException>(() => Registered("2026-03-17").Then(Accept("2026-03-16") with { At = At("2026-03-18") })).Message);
    }

    [Fact]
    public void Every_command_needs_who()
    {
        var anonymous = Accept("2026-03-20") with { By = new Actor("", "") };
        Assert.Equal("请注明操作人。", Assert.Throws<CaseTransitionRefusedException>(() => Registered().Then(anonymous)).Message);
    }

    [Fact]
    public void After_re_review_the_same_matter_is_not_taken_again()
    {
        var decided = Registered().Then(
            Accept("2026-03-20"), Conclude("2026-04-10"), Deliver("2026-04-12"), RequestReview("2026-04-20"),
            DecideReview("2026-05-06", "2026-05-08"), RequestReReview("2026-05-10"),
            new DecideReReview { By = Supervisor, At = At("2026-06-01"), On = D("2026-06-01"), DeliveredOn = D("2026-06-01") });
        var refused = Assert.Throws<CaseTransitionRefusedException>(() => decided.Then(RequestReview("2026-06-02")));
        Assert.StartsWith("复核决定已作出，同一事实和理由不再受理", refused.Message);
    }

    private static RejectCase Reject(string on) =>
        new() { By = Officer, At = At(on), On = D(on), Why = "已通过诉讼途径解决" };
}
