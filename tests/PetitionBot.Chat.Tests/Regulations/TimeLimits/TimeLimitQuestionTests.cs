using PetitionBot.Cases.Deadlines;
using PetitionBot.Chat.Regulations.TimeLimits;

namespace PetitionBot.Chat.Tests.Regulations.TimeLimits;

/// <summary>Which step a "how long" question is about, and which questions are not about a step's time limit.</summary>
public sealed class TimeLimitQuestionTests
{
    private readonly TimeLimitQuestion _question = new(TimeLimitVocabulary.Default);

    [Theory]
    [InlineData("初次信访事项办理期限是多少天？", DeadlineStep.Conclude)]
    [InlineData("受理以后多久要办结", DeadlineStep.Conclude)]
    [InlineData("复查申请要在几天内提出", DeadlineStep.ReviewRequest)]
    [InlineData("延期最多能延多久", DeadlineStep.Extension)]
    [InlineData("办结期限能延长多长时间", DeadlineStep.Extension)]
    [InlineData("收到信访事项后几天内要登记转送", DeadlineStep.Register)]
    [InlineData("交办的事项多久要告知是否受理", DeadlineStep.TransferAcceptanceNotice)]
    [InlineData("直接来访的多少天内告知是否受理", DeadlineStep.AcceptanceNotice)]
    [InlineData("对转送有管辖异议，几个工作日内提出", DeadlineStep.JurisdictionObjection)]
    [InlineData("复查决定要多少天作出", DeadlineStep.ReviewDecision)]
    [InlineData("申请复核的时限", DeadlineStep.ReReviewRequest)]
    [InlineData("收到复核申请后，复核意见多久出", DeadlineStep.ReReviewDecision)]
    public void Recognises_the_step_asked_about(string text, DeadlineStep expected) =>
        Assert.Equal([expected], _question.StepsAskedAbout(text));

    [Fact]
    public void Review_alone_names_both_the_request_and_the_decision() =>
        Assert.Equal([DeadlineStep.ReviewRequest, DeadlineStep.ReviewDecision], _question.StepsAskedAbout("复查要多少天"));

    [Theory]
    [InlineData("湖南 对追责决定不服 多少天内可以申诉")] // no petition step: the 湖南 clause answers
    [InlineData("信访事项逾期没办结 要追责吗")] // about missing a limit
    [InlineData("办结超过期限怎么追责")]
    [InlineData("信访事项办理要收费吗？")] // a step, but not "how long"
    [InlineData("复查由哪个机关负责")]
    [InlineData("湖南办法第七条")]
    [InlineData("对处理决定申诉以后多久给答复")] // 答复 ends many procedures, not only 办结
    public void Leaves_other_questions_to_the_texts(string text) =>
        Assert.Empty(_question.StepsAskedAbout(text));
}
