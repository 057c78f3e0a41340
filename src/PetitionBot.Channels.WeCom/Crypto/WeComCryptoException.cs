namespace PetitionBot.Channels.WeCom.Crypto;

/// <summary>A callback payload that failed a check of the WeCom encryption scheme.</summary>
public sealed class WeComCryptoException(WeComCryptoFailure failure)
    : Exception($"WeCom payload rejected: {failure}.")
{
    public WeComCryptoFailure Failure { get; } = failure;
}
