using PetitionBot.Cases.Model;
using PetitionBot.Chat.CaseActions;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Tests.CaseActions;

/// <summary>One-line case actions: which step, given the case's status, and the details the words carry.</summary>
public sealed class CaseActionParserTests
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");

    private static (ChatCaseAction? Step, CaseActionDetails Details) Read(string text, CaseStatus status = CaseStatus.InProgress)
    {
        var intent = IntentRouter.Route(text, Wednesday);
        var step = CaseActionParser.StepOf(intent.Action, text, status);
        return (step, step is { } s ? CaseActionParser.Details(s, text, intent) : new CaseActionDetails());
    }

    [Fact]
    public void An_extension_in_one_line_has_days_approver_and_reason()
    {
        var (step, d) = Read("XF-2026-000123 延期 三十天 需调取工资台账 批准人 赵敏");
        Assert.Equal(ChatCaseAction.Extend, step);
        Assert.Equal((30, "赵敏", "需调取工资台账"), (d.Days, d.Approver, d.Text));
        Assert.Null(CaseActionCommands.FormFor(ChatCaseAction.Extend, d));
    }

    [Fact]
    public void An_extension_without_an_approver_needs_the_form()
    {
        var (_, d) = Read("XF-2026-000123 延期 20天");
        Assert.Equal(20, d.Days);
        Assert.Null(d.Approver);
        Assert.Equal("case-extend", CaseActionCommands.FormFor(ChatCaseAction.Extend, d));
    }

    [Theory]
    [InlineData("XF-2026-000123 转送 城关镇人民政府", ChatCaseAction.Transfer, "城关镇人民政府")]
    [InlineData("XF-2026-000123 交办给东关街道办事处", ChatCaseAction.Assign, "东关街道办事处")]
    [InlineData("XF-2026-000123 不予受理 属诉讼程序，已告知依法申请再审", ChatCaseAction.Reject, "属诉讼程序，已告知依法申请再审")]
    [InlineData("记录进展 已约谈施工方", ChatCaseAction.ProgressNote, "已约谈施工方")]
    public void The_words_after_the_step_are_its_unit_reason_or_note(string text, ChatCaseAction expected, string words)
    {
        var (step, d) = Read(text, CaseStatus.Registered);
        Assert.Equal(expected, step);
        Assert.Equal(words, d.Text);
    }

    [Theory]
    [InlineData("XF-2026-000123 办结 不予支持", HandlingOpinion.NotSupported)]
    [InlineData("办结 解释说明 已向信访人解释政策", HandlingOpinion.Explanation)]
    [InlineData("这件办结 支持", HandlingOpinion.Support)]
    public void A_conclusion_reads_its_handling_opinion(string text, HandlingOpinion opinion)
    {
        var (step, d) = Read(text);
        Assert.Equal(ChatCaseAction.Conclude, step);
        Assert.Equal(opinion, d.Opinion);
    }

    [Theory]
    [InlineData("评价 不满意", Satisfaction.Dissatisfied)]
    [InlineData("评价 基本满意", Satisfaction.BasicallySatisfied)]
    [InlineData("评价 满意", Satisfaction.Satisfied)]
    public void An_evaluation_reads_the_satisfaction(string text, Satisfaction satisfaction) =>
        Assert.Equal(satisfaction, Read(text, CaseStatus.ReplyDelivered).Details.Satisfaction);

    [Theory]
    [InlineData("复查", CaseStatus.ReplyDelivered, ChatCaseAction.RequestReview)]
    [InlineData("复查", CaseStatus.ReviewRequested, ChatCaseAction.DecideReview)]
    [InlineData("复查申请", CaseStatus.ReviewRequested, ChatCaseAction.RequestReview)]
    [InlineData("复查决定", CaseStatus.ReplyDelivered, ChatCaseAction.DecideReview)]
    [InlineData("复核", CaseStatus.ReviewDecided, ChatCaseAction.RequestReReview)]
    [InlineData("复核", CaseStatus.ReReviewRequested, ChatCaseAction.DecideReReview)]
    [InlineData("答复送达", CaseStatus.Concluded, ChatCaseAction.DeliverReply)]
    [InlineData("终结", CaseStatus.Evaluated, ChatCaseAction.Close)]
    public void Review_steps_follow_the_words_then_the_status(string text, CaseStatus status, ChatCaseAction expected) =>
        Assert.Equal(expected, Read(text, status).Step);

    [Fact]
    public void A_date_in_the_message_is_the_day_of_the_step()
    {
        var (_, d) = Read("XF-2026-000123 3月16日受理", CaseStatus.Registered);
        Assert.Equal(new DateOnly(2026, 3, 16), d.On);
        Assert.Null(d.Text);
    }
}
