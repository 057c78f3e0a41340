namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Why a model's output was not used, in a few stable words for logs and the fallback counter:
/// timeout, auth, unreachable, http_{status}, malformed, truncated, or guard:{rule}.
/// </summary>
public sealed record FallbackReason(string Code, string Detail = "")
{
    public static FallbackReason Timeout { get; } = new("timeout");

    /// <summary>The model failed too often lately and is not being called for a while.</summary>
    public static FallbackReason CircuitOpen { get; } = new("circuit-open");
    public static FallbackReason Auth(int status) => new("auth", $"HTTP {status}");
    public static FallbackReason Unreachable(string detail) => new("unreachable", detail);
    public static FallbackReason Http(int status) => new($"http_{status}");
    public static FallbackReason Malformed(string detail) => new("malformed", detail);
    public static FallbackReason Truncated { get; } = new("truncated");
    public static FallbackReason Guard(string rule, string detail) => new("guard:" + rule, detail);

    public override string ToString() => Detail.Length == 0 ? Code : $"{Code} ({Detail})";
}
