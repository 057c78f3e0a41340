using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Http.Wire;

/// <summary>Optional body of tokens/generate and POST conversations.</summary>
public sealed class TokenParameters
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}
