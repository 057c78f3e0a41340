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
    public void AQuestionFarFromEveryClauseOffersNothing()
    {
        var answer = new RegulationAssistant(loaded.Corpus).Composer.Compose("信访事项办理要收费吗？");
        Assert.False(answer.IsGrounded);
        Assert.Empty(answer.Citations);
    }
}
