namespace PetitionBot.DirectLine.Tokens;

/// <summary>The outcome of reading a bearer token; <see cref="Token"/> is set only when valid.</summary>
public sealed record TokenReading(TokenCheck Check, DirectLineToken? Token)
{
    public static TokenReading Invalid { get; } = new(TokenCheck.Invalid, null);
}
