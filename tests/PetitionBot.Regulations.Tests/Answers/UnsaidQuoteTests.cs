using PetitionBot.Regulations.Answers;

namespace PetitionBot.Regulations.Tests.Answers;

public class UnsaidQuoteTests
{
    private const string Quote = "各级机关应当建立考核机制，定期进行考核。考核结果作为领导干部综合考评的重要参考。国家信访局负责年度考核。";

    [Fact]
    public void AQuoteTheAnswerHoldsWhollyIsNotQuotedAgain() =>
        Assert.Equal("", UnsaidQuote.Of(Quote, "要。" + Quote.Replace("。", "；") + "[1]"));

    [Fact]
    public void OnlyTheSentencesTheAnswerLeftOutAreQuoted() =>
        Assert.Equal("……考核结果作为领导干部综合考评的重要参考。国家信访局负责年度考核。",
            UnsaidQuote.Of(Quote, "各级机关应当建立考核机制，定期进行考核[1]。"));

    [Fact]
    public void AShortenedSentenceInTheAnswerCountsAsSaid() =>
        Assert.Equal("各级机关应当建立考核机制，定期进行考核。……国家信访局负责年度考核。",
            UnsaidQuote.Of(Quote, "考核结果作为领导干部……重要参考[1]。"));

    [Fact]
    public void AHeadingLeftOverIsNotWorthAQuote() =>
        Assert.Equal("", UnsaidQuote.Of("办理化解责任。有权处理的机关收到信访事项后，应当明确责任领导和承办人。", "有权处理的机关收到信访事项后，应当明确责任领导和承办人[1]。"));

    [Fact]
    public void WhatTheQuoteItselfCutStaysMarked() =>
        Assert.Equal("……第二句是答案里没有说过的那些话。……", UnsaidQuote.Of("……第一句已经说过的话。第二句是答案里没有说过的那些话。……", "第一句已经说过的话[1]。"));
}
