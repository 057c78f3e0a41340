namespace PetitionBot.Regulations.Llm;

/// <summary>Whether a model-written answer may be shown; if not, which rule stopped it and on what (for logs; never shown to users).</summary>
public sealed record GuardVerdict(bool Accepted, string Rule, string Detail)
{
    public static GuardVerdict Accept { get; } = new(true, "", "");

    public static GuardVerdict Reject(string rule, string detail) => new(false, rule, detail);

    public override string ToString() => Accepted ? "accepted" : $"{Rule}: {Detail}";
}
