using PetitionBot.Protocol.Schema;

namespace PetitionBot.Protocol.Tests.Schema;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("[点我](http://evil.example)", @"\[点我\](http://evil.example)")]
    [InlineData("*加粗* _斜体_ `代码`", @"\*加粗\* \_斜体\_ \`代码\`")]
    [InlineData("<img src=x>", @"\<img src=x\>")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("第一行\n# 标题", "第一行 # 标题")]
    public void Markup_is_escaped_and_lines_joined(string typed, string shown) =>
        Assert.Equal(shown, MarkdownText.Escape(typed));

    [Theory]
    [InlineData("拖欠6名工人工资共计4.2万元")]
    [InlineData("城关镇东街村3组")]
    [InlineData("")]
    public void Plain_text_is_unchanged(string typed) => Assert.Equal(typed, MarkdownText.Escape(typed));
}
