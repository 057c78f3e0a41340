using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Conversations;

/// <summary>Activities read from a log and the watermark to ask from next (the wire's ActivitySet, before filtering).</summary>
public sealed record ActivityPage(IReadOnlyList<Activity> Activities, long Watermark);
