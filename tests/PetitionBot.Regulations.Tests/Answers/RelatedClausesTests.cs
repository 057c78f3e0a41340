namespace PetitionBot.Regulations.Tests.Answers;

public class RelatedClausesTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    [Fact]
    public void AQuestionAboutADocumentsMissingProvisionIsDeclinedWithTheClosestClausesOffered()
    {
        // Hunan's text names no body that interprets it; the answer must not borrow the national one's.
        var answer = new RegulationAssistant(loaded.Corpus).Composer.Compose("湖南的追究办法由哪个单位负责解释");
        Assert.False(answer.IsGrounded);
        Assert.Contains("没有找到", answer.DirectAnswer);
        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Position}]", answer.Text));
        if (answer.Citations.Count > 0) Assert.Contains("可能相关", answer.Text);
    }

    [Fact]
    public void AQuestionOnASubjectTheTextsTouchButDoNotSettleOffersTheClausesOnIt()
    {
        // No text fixes an officer's pay; Jiangsu's point on the petition workforce speaks of their 待遇 and 津贴.
        var answer = new RegulationAssistant(loaded.Corpus).Composer.Compose("信访干部的工资怎么定");
        Assert.False(answer.IsGrounded);
        Assert.Contains("可能相关", answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("信访岗位津贴", StringComparison.Ordinal));
    }
}
