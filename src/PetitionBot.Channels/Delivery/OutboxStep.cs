using PetitionBot.Conversation.Turns;

namespace PetitionBot.Channels.Delivery;

/// <summary>What to do next with an outbox: nothing (empty), nothing yet (not ours), or send <see cref="Reply"/>.</summary>
public sealed record OutboxStep(bool IsEmpty, PendingReply? Reply, IReadOnlyList<PendingReply> GivenUp);
