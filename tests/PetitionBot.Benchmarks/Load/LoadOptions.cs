namespace PetitionBot.Benchmarks.Load;

/// <summary>How much load to send; bounded in count so a run always ends by itself.</summary>
public sealed record LoadOptions(int Conversations, int MessagesPerConversation, string[] States, int IdleConversations)
{
    public static LoadOptions Parse(string[] args)
    {
        int Int(string name, int fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
        var state = Array.IndexOf(args, "--state") is var s and >= 0 && s + 1 < args.Length ? args[s + 1] : "both";
        return new LoadOptions(
            Int("--conversations", 200),
            Int("--messages", 50),
            state == "both" ? ["memory", "redis"] : [state],
            Int("--idle-conversations", 10_000));
    }
}
