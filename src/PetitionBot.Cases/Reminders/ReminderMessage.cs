namespace PetitionBot.Cases.Reminders;

/// <summary>A reminder as the user reads it: short Chinese lines and the buttons under them.</summary>
public sealed record ReminderMessage(string Text, IReadOnlyList<ReminderButton> Buttons);

/// <summary>A button that sends <paramref name="Value"/> back as the user's message.</summary>
public sealed record ReminderButton(string Title, string Value);
