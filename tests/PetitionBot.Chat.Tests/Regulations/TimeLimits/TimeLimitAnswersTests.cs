using PetitionBot.Cases.Deadlines;
using PetitionBot.Chat.Regulations.TimeLimits;
using PetitionBot.Testing;

namespace PetitionBot.Chat.Tests.Regulations.TimeLimits;

/// <summary>Replies built from the real policy files (regulations/deadline-policy*.json of the repository).</summary>
public sealed class TimeLimitAnswersTests
{
    private static readonly DeadlinePolicy Policy =
        DeadlinePolicy.LoadFolder(RepositoryRoot.Combine("regulations"));

    private readonly TimeLimitAnswers _answers = new(Policy);

    [Fact]
    public void Conclude_gives_limit_clock_start_extension_and_article()
    {
        var answer = _answers.TryAnswer("初次信访事项办理期限是多少天？", null);

        Assert.NotNull(answer);
        Assert.Equal("信访事项应自受理之日起60日内办结；需要延期的，延长不超过30日（自办结期限届满之日起计算）。\n依据《信访工作条例》第三十四条",
            answer.Text);
        Assert.Equal(DeadlinePolicy.NationalJurisdiction, answer.Jurisdiction);
    }

    [Fact]
    public void Review_request_is_the_petitioners_and_cites_its_article()
    {
        var answer = _answers.TryAnswer("复查申请要在几天内提出", null);

        Assert.NotNull(answer);
        Assert.Equal("信访人请求复查的，应自收到书面答复之日起30日内提出。\n依据《信访工作条例》第三十五条", answer.Text);
    }

    [Fact]
    public void Working_day_limits_read_as_working_days()
    {
        var answer = _answers.TryAnswer("对转送事项有管辖异议，几天内提出", null);

        Assert.NotNull(answer);
        Assert.Contains("5个工作日内提出异议", answer.Text);
        Assert.Contains("《信访工作条例》第二十三条第三款", answer.Text);
    }

    [Theory]
    [InlineData("zhejiang")]
    [InlineData("浙江省")]
    public void A_zhejiang_user_gets_the_local_rule_and_is_told_so(string preferred)
    {
        var answer = _answers.TryAnswer("办结期限是多少天", preferred);

        Assert.NotNull(answer);
        Assert.Equal("zhejiang", answer.Jurisdiction);
        Assert.StartsWith("信访事项应自受理之日起30日内办结；需要延期的，延长不超过60日", answer.Text);
        Assert.EndsWith("依据《浙江省信访条例》（浙江省规定）", answer.Text);
    }

    [Fact]
    public void A_step_without_a_local_rule_falls_back_to_national_and_says_so()
    {
        var answer = _answers.TryAnswer("浙江 复核决定多少天内作出", null);

        Assert.NotNull(answer);
        Assert.Contains("30日内作出复核决定", answer.Text);
        Assert.EndsWith("依据《信访工作条例》第三十六条（浙江省对此没有另行规定，适用全国规定）", answer.Text);
    }

    [Fact]
    public void Every_step_of_the_policy_has_a_sentence_with_its_limit()
    {
        foreach (var step in Enum.GetValues<DeadlineStep>())
        {
            var rule = Policy.Rule(step);
            var text = new TimeLimitReply(Policy, TimeLimitVocabulary.Default)
                .Compose([step], Policy.Jurisdictions.First(j => j.Id == rule.Jurisdiction), Policy.Jurisdictions.First(j => j.Id == rule.Jurisdiction));
            Assert.Contains(rule.Limit.ToString(), text);
            Assert.Contains(rule.Citation, text);
            Assert.DoesNotContain("{", text);
        }
    }

    [Fact]
    public void A_question_that_is_not_about_a_step_gets_no_policy_answer() =>
        Assert.Null(_answers.TryAnswer("湖南 对追责决定不服 多少天内可以申诉", null));
}
