using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;

namespace PetitionBot.Chat.Cases;

/// <summary>The next steps worth a button for a case in its status (<see cref="CaseSteps"/>; each button text is itself a command).</summary>
public static class CaseButtons
{
    public const string History = "完整记录";

    public static string[] For(PetitionCase c) => [.. CaseSteps.ButtonsFor(c), History];
}
