namespace PetitionBot.Cases.Reminders;

/// <summary>A case reminder the scheduler decided to queue for one subscriber.</summary>
public sealed record PlannedDelivery(string SubscriptionId, CaseTransition Transition, DeliveryStatus Status, DateTimeOffset NotBefore);
