namespace PetitionBot.Cases.Reminders;

/// <summary>
/// A reminder as the user reads it: short Chinese lines and the buttons under them. Buttons that must
/// <paramref name="StayWithMessage"/> travel on a card, because channels show suggested actions under the latest
/// message only, and several alerts arrive in a row.
/// </summary>
public sealed record ReminderMessage(string Text, IReadOnlyList<ReminderButton> Buttons, bool StayWithMessage = false);

/// <summary>A button that sends <paramref name="Value"/> back as the user's message.</summary>
public sealed record ReminderButton(string Title, string Value);
