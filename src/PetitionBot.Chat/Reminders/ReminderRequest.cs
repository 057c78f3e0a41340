using PetitionBot.Cases.Reminders;

namespace PetitionBot.Chat.Reminders;

/// <summary>What a message about reminders asked for; null parts were not mentioned.</summary>
public sealed record ReminderRequest(ReminderScope? Scope, IReadOnlyList<string> Units, TimeOnly? DigestTime);
