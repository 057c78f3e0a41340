namespace PetitionBot.Chat.CaseActions;

/// <summary>The case and step a guided action form (dialogs/case-*.yaml) was started for, and by whom (from.id).</summary>
public sealed record PendingCaseAction(string CaseNumber, ChatCaseAction Action, string? StartedBy = null);
