namespace PetitionBot.Cases.Reminders;

/// <summary>How one claimed delivery ended in a dispatch round.</summary>
public sealed record DeliveryOutcome(ReminderDelivery Delivery, DeliveryStatus Status, string? Error);
