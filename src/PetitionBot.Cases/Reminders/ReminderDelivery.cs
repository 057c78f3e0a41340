using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Reminders;

/// <summary>A row of the send log, as claimed by one instance for sending.</summary>
/// <param name="Attempts">Tries so far, this one included.</param>
/// <param name="Payload">The digest's content as JSON; null for case reminders (rendered from the case when sent).</param>
public sealed record ReminderDelivery(
    long Id,
    string SubscriptionId,
    string Key,
    ReminderKind Kind,
    string? CaseNumber,
    DeadlineStep? Step,
    DeadlineColour? Colour,
    string? Payload,
    int Attempts,
    DateTimeOffset NotBefore);
