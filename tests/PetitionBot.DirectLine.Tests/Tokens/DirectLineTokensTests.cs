using System.Buffers.Text;
using System.Text.Json.Nodes;
using PetitionBot.DirectLine.Tests.Infrastructure;
using PetitionBot.DirectLine.Tokens;

namespace PetitionBot.DirectLine.Tests.Tokens;

public sealed class DirectLineTokensTests
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 3, 18, 8, 0, 0, TimeSpan.Zero));

    private DirectLineTokens Tokens(string key = ChannelHost.SharedKey) =>
        new(TokenSigningKey.From(key), new DirectLineOptions { TokenLifetime = TimeSpan.FromMinutes(30) }, _time);

    [Fact]
    public void An_issued_token_reads_back_with_its_conversation_user_and_expiry()
    {
        var issued = Tokens().Issue("conv-1", "user-1", "王秀兰");

        var reading = Tokens().Read(issued.Token);

        Assert.Equal(TokenCheck.Valid, reading.Check);
        Assert.Equal(new DirectLineToken("conv-1", "user-1", "王秀兰", _time.GetUtcNow().AddMinutes(30)), reading.Token);
        Assert.Equal(1800, issued.ExpiresInSeconds);
    }

    [Fact]
    public void The_token_is_a_jwt_whose_user_claim_web_chat_can_adopt()
    {
        var issued = Tokens().Issue("conv-1", "user-1", null);

        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(issued.Token.Split('.')[1]))!;

        Assert.Equal("user-1", (string)payload["user"]!);
        Assert.Equal("conv-1", (string)payload["conv"]!);
    }

    [Fact]
    public void A_token_is_expired_once_its_lifetime_has_passed()
    {
        var issued = Tokens().Issue("conv-1", "user-1", null);
        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(TokenCheck.Expired, Tokens().Read(issued.Token).Check);
    }

    [Fact]
    public void A_changed_claim_or_another_key_makes_the_token_invalid()
    {
        var issued = Tokens().Issue("conv-1", "user-1", null);
        var parts = issued.Token.Split('.');
        var otherPayload = Base64Url.EncodeToString("""{"conv":"conv-2","user":"user-1","exp":9999999999}"""u8);

        Assert.Equal(TokenCheck.Invalid, Tokens().Read($"{parts[0]}.{otherPayload}.{parts[2]}").Check);
        Assert.Equal(TokenCheck.Invalid, Tokens("another-key-that-is-long-enough-0123456789").Read(issued.Token).Check);
        Assert.Equal(TokenCheck.Invalid, Tokens().Read("garbage").Check);
        Assert.Equal(TokenCheck.Invalid, Tokens().Read(null).Check);
    }

    [Fact]
    public void A_short_configured_key_is_refused_and_no_key_gives_an_ephemeral_one()
    {
        Assert.Throws<InvalidOperationException>(() => TokenSigningKey.From("short"));
        Assert.True(TokenSigningKey.From("").IsEphemeral);
        Assert.False(TokenSigningKey.From(ChannelHost.SharedKey).IsEphemeral);
    }
}
