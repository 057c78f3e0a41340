namespace PetitionBot.Cases.Reminders;

/// <summary>How one claimed delivery ended in a dispatch round, and for whom (the subscriber's name as stored, for masked logs).</summary>
public sealed record DeliveryOutcome(ReminderDelivery Delivery, DeliveryStatus Status, string? Error, string? SubscriberName = null);
