using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;

namespace PetitionBot.Conversation.Tests.Dialogs.Fields;

public sealed class PhoneAndIdFieldTypeTests
{
    private static readonly FieldReadingContext Now = new(DateTimeOffset.Parse("2026-03-18T10:00:00+08:00"));
    private static readonly FormField Phone = new() { Name = "phone", Label = "联系电话", Type = "phone", Prompt = "?" };
    private static readonly FormField Id = new() { Name = "idNumber", Label = "身份证号", Type = "id-number", Prompt = "?" };

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 138-1234-5678", "13812345678")]
    public void Reads_a_mobile(string text, string digits)
    {
        var reading = new PhoneFieldType().Read(text, Phone, Now);
        Assert.True(reading.Succeeded, reading.Error);
        Assert.Equal(digits, reading.Value!.Value!.GetValue<string>());
    }

    [Fact]
    public void A_mobile_with_ten_digits_says_how_many_it_got()
    {
        var reading = new PhoneFieldType().Read("1381234567", Phone, Now);
        Assert.False(reading.Succeeded);
        Assert.Contains("10位", reading.Error);
    }

    [Fact]
    public void Accepts_a_valid_id_number()
    {
        // 11010519491231002X: the check character X follows from weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 (sum mod 11 = 2).
        var reading = new IdNumberFieldType().Read("11010519491231002x", Id, Now);
        Assert.True(reading.Succeeded, reading.Error);
        Assert.Equal("11010519491231002X", reading.Value!.Value!.GetValue<string>());
    }

    [Fact]
    public void Refuses_an_id_number_with_a_wrong_check_digit()
    {
        var reading = new IdNumberFieldType().Read("110105194912310021", Id, Now);
        Assert.False(reading.Succeeded);
        Assert.Contains("校验", reading.Error);
    }

    [Fact]
    public void Masks_phone_and_id_for_the_confirmation()
    {
        var masker = new FormValueMasker();
        Assert.Equal("138****5678", masker.ForConfirmation(new FormField { Mask = "phone" }, new FieldValue { Display = "13812345678" }));
        Assert.Equal("110105********002X", masker.ForConfirmation(new FormField { Mask = "id" }, new FieldValue { Display = "11010519491231002X" }));
    }
}
