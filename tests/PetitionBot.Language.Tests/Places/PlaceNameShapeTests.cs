using PetitionBot.Language.Places;

namespace PetitionBot.Language.Tests.Places;

public sealed class PlaceNameShapeTests
{
    [Theory]
    [InlineData("城关镇")]
    [InlineData("东关街道王家村3组")]
    [InlineData("建设路18号")]
    [InlineData("幸福小区")]
    [InlineData("某某县人民医院")]
    public void Place_names_look_like_places(string text) => Assert.True(PlaceNameShape.LooksLikePlace(text));

    [Theory]
    [InlineData("确认")]
    [InlineData("不知道")]
    [InlineData("镇")]
    [InlineData("3号")]
    [InlineData("")]
    public void Other_words_do_not(string text) => Assert.False(PlaceNameShape.LooksLikePlace(text));
}
