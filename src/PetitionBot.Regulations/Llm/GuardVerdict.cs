namespace PetitionBot.Regulations.Llm;

/// <summary>Whether a model-written answer may be shown, and if not, why (for logs; never shown to users).</summary>
public sealed record GuardVerdict(bool Accepted, string Reason)
{
    public static GuardVerdict Accept { get; } = new(true, "ok");

    public static GuardVerdict Reject(string reason) => new(false, reason);
}
