namespace PetitionBot.Protocol.Schema;

/// <summary>Response body for <c>deliveryMode: expectReplies</c>.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
