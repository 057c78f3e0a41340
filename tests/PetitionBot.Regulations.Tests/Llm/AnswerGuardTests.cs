using PetitionBot.Regulations.Llm;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>The guard reads every written form of what it checks the same way as the clause does.</summary>
public class AnswerGuardTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private GuardVerdict Check(string answer, params string[] clauses) =>
        new AnswerGuard(loaded.Corpus).Check(answer, CitedAnswers.Citations(loaded.Corpus, clauses));

    [Theory]
    [InlineData("依照第十二条，收到决定书之日起15日内提出书面申诉[1]。")]
    [InlineData("依照第 12 条，收到决定书之日起15日内提出书面申诉[1]。")]
    [InlineData("依照第12条，收到决定书之日起十五日内提出书面申诉[1]。")]
    [InlineData("依照十二条，收到决定书之日起十五天内提出书面申诉[1]。")]
    [InlineData("依照12条，收到决定书之日起 15 天内提出书面申诉[1]。")]
    [InlineData("依照《湖南省信访工作责任追究办法》第十二条，收到「责任追究决定书」之日起15日内提出书面申诉[1]。")]
    [InlineData("湖南办法规定，\"申诉期间，不停止责任追究\"[1]。")]
    [InlineData("收到决定书之日起15日内提出书面申诉。[1]")]
    [InlineData("可以申诉。\n依据《湖南省信访工作责任追究办法》第十二条，对信访工作责任追究决定不服的，可以在收到《责任追究决定书》之日起15日内，向责任追究的决定机关提出书面申诉[1]。")]
    [InlineData("**结论**：可以申诉[1]。\n1. 收到决定书之日起15日内提出书面申诉[1]；\n2. 申诉期间不停止责任追究[1]。")]
    public void EveryWrittenFormOfATrueClaimPasses(string answer) =>
        Assert.True(Check(answer, "hunan-2016#12").Accepted, Check(answer, "hunan-2016#12").ToString());

    [Theory]
    [InlineData("依照第十三条，收到决定书之日起15日内提出书面申诉[1]。", "article")]
    [InlineData("依照第 13 条，收到决定书之日起15日内提出书面申诉[1]。", "article")]
    [InlineData("依照13条，收到决定书之日起15日内提出书面申诉[1]。", "article")]
    [InlineData("依照第十二条第（二）项，收到决定书之日起15日内提出书面申诉[1]。", "article")]
    [InlineData("收到决定书之日起十五个工作日内提出书面申诉[1]。", "number")]
    [InlineData("收到决定书之日起20日内提出书面申诉[1]。", "number")]
    [InlineData("收到「处分决定书」之日起15日内提出书面申诉[1]。", "quotation")]
    [InlineData("本条例规定，收到决定书之日起15日内提出书面申诉[1]。", "document")]
    public void EveryWrittenFormOfAFalseClaimIsStopped(string answer, string rule) =>
        Assert.Equal(rule, Check(answer, "hunan-2016#12").Rule);

    [Fact]
    public void ItemReferencesAreReadFromTheCitedItemsLabel()
    {
        var item = loaded.Corpus.Clauses.First(c => c.DocumentId == "hunan-2016" && c.Number == 4 && c.Item == 2);
        Assert.True(Check("依据第四条第（二）项，应当作为而不作为，造成不良影响的，应当追究责任[1]。", item.Id).Accepted);
        Assert.Equal("article", Check("依据第四条第（三）项，应当作为而不作为，造成不良影响的，应当追究责任[1]。", item.Id).Rule);
    }

    [Fact]
    public void EachSentenceIsCheckedAgainstTheClausesItsOwnMarkersCite()
    {
        Assert.True(Check("收到决定书之日起15日内提出书面申诉[1]。作出决定前应当听取说明和申辩[2]。", "hunan-2016#12", "hunan-2016#9").Accepted);
        Assert.Equal("support", Check("作出决定前应当听取说明和申辩[1]。收到决定书之日起15日内提出书面申诉[2]。", "hunan-2016#12", "hunan-2016#9").Rule);
    }

    [Fact]
    public void NumeralsInsideWordsAreNotCounted()
    {
        // 统一 and 之一 hold a numeral that counts nothing; folding them would demand a "1" of the clause.
        Assert.Equal("第4条有下列情形之一的", NormalForm.Of("第四条 有下列情形之一的"));
        Assert.Equal("15日内,30日内,2次,100000元", NormalForm.Of("十五天内，三十日内，两次，十万元"));
    }
}
