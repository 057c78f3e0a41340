using PetitionBot.Cases.Model;

namespace PetitionBot.Chat.Cases;

/// <summary>The case a message is about, or why there is none (in Chinese, for the user).</summary>
public sealed record CaseLookup(PetitionCase? Case, string? Problem)
{
    public static CaseLookup Found(PetitionCase c) => new(c, null);

    public static CaseLookup Missing(string problem) => new(null, problem);
}
