using PetitionBot.Language.Intents;

namespace PetitionBot.Language.Tests.Intents;

public sealed class IntentRouterTests
{
    [Fact]
    public void A_case_number_question_is_a_query_with_the_number_as_entity()
    {
        var result = IntentRouter.Route("XF-2026-000123 到哪了");
        Assert.Equal(Intent.CaseQuery, result.Intent);
        Assert.Equal(CaseQueryKind.Status, result.Query);
        var entity = Assert.Single(result.Entities, e => e.Kind == EntityKind.CaseNumber);
        Assert.Equal("XF-2026-000123", entity.Value);
        Assert.Equal(new TextSpan(0, 14, "XF-2026-000123"), entity.Span);
    }

    [Theory]
    [InlineData("登计来访")]
    [InlineData("等记来访")]
    [InlineData("登記來訪")]
    [InlineData("登　记　来　访")]
    public void Typos_traditional_and_full_width_still_log_a_visit(string text) =>
        Assert.Equal(Intent.LogVisit, IntentRouter.Route(text).Intent);

    [Fact]
    public void The_action_is_identified()
    {
        var result = IntentRouter.Route("XF-2026-000123 不予受理");
        Assert.Equal(Intent.CaseAction, result.Intent);
        Assert.Equal(CaseActionKind.Reject, result.Action);
    }

    [Fact]
    public void Which_measure_is_advice_and_whether_to_hold_accountable_is_a_rule_question()
    {
        var which = IntentRouter.Route("某街道对集体访处置不力，事态扩大，怎么追责");
        Assert.Equal(Intent.Accountability, which.Intent);
        Assert.True(which.Score > which.RunnerUp.Score);

        var whether = IntentRouter.Route("信访事项逾期没办结 要追责吗");
        Assert.Equal(Intent.RegulationQuestion, whether.Intent);
    }

    [Fact]
    public void Chatter_is_small_talk()
    {
        var result = IntentRouter.Route("今天天气不错");
        Assert.Equal(Intent.Smalltalk, result.Intent);
    }

    [Fact]
    public void Cancelling_a_reminder_is_not_cancelling_the_dialog()
    {
        var result = IntentRouter.Route("取消提醒");
        Assert.Equal(Intent.Reminders, result.Intent);
        Assert.Equal(ReminderActionKind.Unsubscribe, result.Reminder);
    }

    [Fact]
    public void Jurisdiction_and_article_are_entities()
    {
        var result = IntentRouter.Route("湖南的办法第七条怎么说");
        Assert.Equal(Intent.RegulationQuestion, result.Intent);
        Assert.Contains(result.Entities, e => e.Kind == EntityKind.Jurisdiction && e.Value == "hunan");
        Assert.Contains(result.Entities, e => e.Kind == EntityKind.Article && e.Value == "7");
    }

    [Fact]
    public void Dates_are_entities_when_a_reference_is_given()
    {
        var result = IntentRouter.Route("登记来访 昨天下午三点", new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8)));
        Assert.Contains(result.Entities, e => e.Kind == EntityKind.Date && e.Value == "2026-03-17");
        Assert.Equal(PetitionChannel.Visit, result.Channel);
    }
}
