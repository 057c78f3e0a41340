using PetitionBot.Protocol.Schema;

namespace PetitionBot.Protocol.Tests.Schema;

public sealed class InertTextTests
{
    [Theory]
    [InlineData("[点我](http://evil.example)", "［点我］(http://evil.example)")]
    [InlineData("*加粗* _斜体_ `代码`", "＊加粗＊ ＿斜体＿ ｀代码｀")]
    [InlineData("<img src=x>", "＜img src=x＞")]
    [InlineData(@"a\b|c~d", "a＼b｜c～d")]
    [InlineData("第一行\n# 标题", "第一行 # 标题")]
    public void Markup_characters_become_full_width_and_lines_join(string typed, string shown) =>
        Assert.Equal(shown, InertText.Of(typed));

    [Theory]
    [InlineData("拖欠6名工人工资共计4.2万元")]
    [InlineData("城关镇东街村3组")]
    [InlineData("")]
    public void Plain_text_is_unchanged(string typed) => Assert.Equal(typed, InertText.Of(typed));
}
