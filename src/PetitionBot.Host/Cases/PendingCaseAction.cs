namespace PetitionBot.Host.Cases;

/// <summary>The case and step a guided action form (dialogs/case-*.yaml) was started for.</summary>
public sealed record PendingCaseAction(string CaseNumber, ChatCaseAction Action);
