using PetitionBot.Channels.WeCom.Sending;

namespace PetitionBot.Channels.WeCom.Tests.Sending;

public sealed class WeComButtonKeyTests
{
    [Theory]
    [InlineData("确认")]
    [InlineData("XF-2026-000123")]
    [InlineData("办结 XF-2026-000123 已答复 & <ok>")]
    public void A_key_gives_back_the_text_the_button_posts(string posted)
    {
        var key = WeComButtonKey.Encode(posted)!;

        Assert.Matches("^[A-Za-z0-9._-]+$", key);
        Assert.Equal(posted, WeComButtonKey.Decode(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("button_key_from_another_app")]
    [InlineData("v1.!!!")]
    [InlineData("v1.__8")] // decodes to bytes that are not UTF-8
    public void A_key_that_is_not_ours_gives_nothing(string? key) => Assert.Null(WeComButtonKey.Decode(key));

    [Fact]
    public void A_text_too_long_for_a_key_has_none() => Assert.Null(WeComButtonKey.Encode(new string('长', 400)));
}
