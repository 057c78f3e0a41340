using PetitionBot.Channels.WeCom.Crypto;

namespace PetitionBot.Channels.WeCom.Tests;

public sealed class WeComSignatureTests
{
    [Fact]
    public void The_order_of_the_four_values_does_not_matter_because_they_are_sorted()
    {
        Assert.Equal(WeComSignature.Compute("a", "b", "c", "d"), WeComSignature.Compute("d", "c", "b", "a"));
    }

    [Fact]
    public void An_uppercase_signature_is_accepted_and_a_changed_one_is_not()
    {
        var signature = WeComSignature.Compute("token", "1765000000", "nonce", "payload");

        Assert.True(WeComSignature.Matches(signature.ToUpperInvariant(), "token", "1765000000", "nonce", "payload"));
        Assert.False(WeComSignature.Matches(signature[..^1] + (signature[^1] == '0' ? '1' : '0'), "token", "1765000000", "nonce", "payload"));
        Assert.False(WeComSignature.Matches(signature, "token", "1765000001", "nonce", "payload"));
        Assert.False(WeComSignature.Matches("", "token", "1765000000", "nonce", "payload"));
    }
}
