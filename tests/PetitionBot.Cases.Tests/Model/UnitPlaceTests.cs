using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Tests.Model;

public sealed class UnitPlaceTests
{
    [Theory]
    [InlineData("城关镇信访办", "城关镇")]
    [InlineData("东关街道办事处", "东关街道")]
    [InlineData("城关镇人民政府", "城关镇")]
    [InlineData("县信访局", "县")]
    [InlineData("东关街道", "东关街道")]
    [InlineData("信访办", "信访办")]
    public void The_office_word_goes_and_the_place_stays(string unit, string place) => Assert.Equal(place, UnitPlace.Of(unit));
}
