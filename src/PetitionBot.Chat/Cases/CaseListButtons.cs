using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Cases;

/// <summary>
/// The cases of a list as tap targets: a hero card (which Web Chat and Teams both render, and which stays under its
/// message) with one imBack button a case. Tapping sends the bare case number, which the router's certain rule
/// reads as a lookup of that case, so the tap opens it (mid-form too, as an aside).
/// </summary>
public static class CaseListButtons
{
    public static Attachment For(IEnumerable<string> caseNumbers) =>
        HeroCard.WithButtons([.. caseNumbers.Select(number => CardAction.ImBack(number))]);
}
