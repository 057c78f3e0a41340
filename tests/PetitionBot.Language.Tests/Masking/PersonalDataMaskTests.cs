using PetitionBot.Language.Masking;

namespace PetitionBot.Language.Tests.Masking;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("王秀兰", "王**")]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("司马光", "司马*")]
    [InlineData("李", "*")]
    public void Names_keep_the_surname(string name, string masked) => Assert.Equal(masked, PersonalDataMask.Name(name));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138 1234 5678", "138****5678")]
    [InlineData("021-12345678", "021-****5678")]
    public void Phones_keep_the_ends(string phone, string masked) => Assert.Equal(masked, PersonalDataMask.Phone(phone));

    [Fact]
    public void Id_numbers_keep_region_and_last_four() =>
        Assert.Equal("110105********002X", PersonalDataMask.IdNumber("11010519491231002X"));

    [Fact]
    public void Free_text_has_phones_and_ids_masked_for_logs()
    {
        var masked = PersonalDataMask.Text("张三 13812345678 身份证11010519491231002X 5人");
        Assert.Equal("张三 138****5678 身份证110105********002X 5人", masked);
    }
}
