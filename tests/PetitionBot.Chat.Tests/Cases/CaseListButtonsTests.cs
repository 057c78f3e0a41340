using PetitionBot.Chat.Cases;
using PetitionBot.Language.Intents;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Tests.Cases;

/// <summary>Each case of a list is a button on a hero card, and tapping it is read as a lookup of that very case.</summary>
public sealed class CaseListButtonsTests
{
    [Fact]
    public void Every_case_gets_an_imBack_button_that_the_router_reads_as_that_case()
    {
        string[] numbers = ["XF-2026-000087", "XF-2026-000123"];
        var card = CaseListButtons.For(numbers);

        Assert.Equal(HeroCard.ContentType, card.ContentType);
        var buttons = card.Content!["buttons"]!.AsArray();
        Assert.Equal(numbers, buttons.Select(b => (string)b!["title"]!));
        foreach (var (button, number) in buttons.Zip(numbers))
        {
            Assert.Equal("imBack", (string?)button!["type"]);
            var sent = (string)button["value"]!;
            var intent = IntentRouter.Route(sent);
            Assert.Equal(Intent.CaseQuery, intent.Intent);
            Assert.Equal(1.0, intent.Score);
            Assert.Equal(number, intent.CaseNumber);
        }
    }
}
