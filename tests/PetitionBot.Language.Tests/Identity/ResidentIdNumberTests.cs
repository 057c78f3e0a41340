using PetitionBot.Language.Identity;

namespace PetitionBot.Language.Tests.Identity;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 18);

    [Fact]
    public void The_published_example_is_valid()
    {
        var check = ResidentIdNumber.Check("11010519491231002X", Today);
        Assert.True(check.IsValid);
        Assert.Equal(new DateOnly(1949, 12, 31), check.BirthDate);
        Assert.False(check.IsMale); // sequence 002: even
    }

    [Fact]
    public void Check_character_follows_the_standard()
    {
        // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 → X.
        Assert.Equal('X', ResidentIdNumber.CheckCharacter("11010519491231002"));
    }

    [Fact]
    public void Lower_case_x_and_full_width_digits_are_accepted()
    {
        Assert.Equal("11010519491231002X", ResidentIdNumber.Check("11010519491231002x", Today).Normalized);
        Assert.True(ResidentIdNumber.Check("１１０１０５１９４９１２３１００２Ｘ", Today).IsValid);
    }

    [Fact]
    public void A_wrong_check_digit_says_so()
    {
        var check = ResidentIdNumber.Check("110105194912310021", Today);
        Assert.Equal(ResidentIdProblem.WrongCheckDigit, check.Problem);
        Assert.Contains("校验", check.Reason);
    }

    [Theory]
    [InlineData("1101051949123100", 16)]
    [InlineData("11010519491231002X1", 19)]
    public void A_wrong_length_says_how_many(string id, int length) =>
        Assert.Equal($"身份证号应为18位，刚才是{length}位。", ResidentIdNumber.Check(id, Today).Reason);

    [Fact]
    public void An_impossible_birth_date_is_named()
    {
        // 19990230 with its correct check character (computed by the standard): only the date is wrong.
        var id = "11010519990230001" + ResidentIdNumber.CheckCharacter("11010519990230001");
        var check = ResidentIdNumber.Check(id, Today);
        Assert.Equal(ResidentIdProblem.ImpossibleBirthDate, check.Problem);
        Assert.Contains("19990230", check.Reason);
    }

    [Fact]
    public void A_birth_date_after_today_is_rejected()
    {
        var id = "11010520300101001" + ResidentIdNumber.CheckCharacter("11010520300101001");
        Assert.Equal(ResidentIdProblem.FutureBirthDate, ResidentIdNumber.Check(id, Today).Problem);
    }

    [Fact]
    public void The_old_fifteen_digit_form_checks_its_birth_date()
    {
        Assert.True(ResidentIdNumber.Check("110105491231002", Today).IsValid);
        Assert.Equal(ResidentIdProblem.ImpossibleBirthDate, ResidentIdNumber.Check("110105490230002", Today).Problem);
    }
}
