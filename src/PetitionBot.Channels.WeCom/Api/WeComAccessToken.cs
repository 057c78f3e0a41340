namespace PetitionBot.Channels.WeCom.Api;

/// <summary>An access token and how long WeCom said it lasts. Its value is a credential: never log it.</summary>
public sealed record WeComAccessToken(string Value, TimeSpan ExpiresIn)
{
    public override string ToString() => $"access token (expires in {ExpiresIn})";
}
