namespace PetitionBot.Regulations.Llm;

/// <summary>What one model call gave: its text, or why there is none.</summary>
public sealed record ModelReply(string? Text, FallbackReason? Failure)
{
    public static ModelReply Of(string text) => new(text, null);

    public static ModelReply Failed(FallbackReason reason) => new(null, reason);
}
