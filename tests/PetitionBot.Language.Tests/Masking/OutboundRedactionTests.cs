using PetitionBot.Language.Masking;

namespace PetitionBot.Language.Tests.Masking;

public class OutboundRedactionTests
{
    [Theory]
    [InlineData("我是张三，电话13812345678", "我是张某，电话[电话]")]
    [InlineData("来访人王秀兰反映拖欠工资", "来访人王某反映拖欠工资")]
    [InlineData("李四和王五一起来访", "李某和王某一起来访")]
    [InlineData("信访人欧阳明华说要追责", "信访人欧阳某说要追责")]
    [InlineData("身份证110105199001011237，座机0731-84567890", "身份证[身份证号]，座机[电话]")]
    public void PersonalDataIsReplacedWhole(string text, string expected) =>
        Assert.Equal(expected, OutboundRedaction.Redact(text));

    [Theory]
    [InlineData("湖南信访工作责任追究坚持哪些原则？")]
    [InlineData("危害严重、影响重大的，怎么处理？")]
    [InlineData("参与决策的其他班子成员承担什么责任？")]
    [InlineData("上海的实施细则从哪天起施行？")]
    public void RegulationQuestionsPassUnchanged(string text) =>
        Assert.Equal(text, OutboundRedaction.Redact(text));
}
