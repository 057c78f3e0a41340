using PetitionBot.Language.Names;

namespace PetitionBot.Language.Tests.Names;

public sealed class PersonNameRecognizerTests
{
    [Theory]
    [InlineData("张三", "张三")]
    [InlineData("来访人王秀兰", "王秀兰")]
    [InlineData("欧阳娜娜 13700001111", "欧阳娜娜")]
    [InlineData("张三反映拖欠工资", "张三")]
    [InlineData("诸葛亮来访", "诸葛亮")]
    public void Finds_names(string text, string name) => Assert.Equal(name, Assert.Single(PersonNameRecognizer.Recognize(text)).Value);

    [Theory]
    [InlineData("来访")]
    [InlineData("反映")]
    [InlineData("登记来访")]
    [InlineData("周三下午")]
    [InlineData("城关镇")]
    public void Ordinary_words_are_not_names(string text) => Assert.Empty(PersonNameRecognizer.Recognize(text));
}
