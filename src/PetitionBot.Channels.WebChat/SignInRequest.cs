namespace PetitionBot.Channels.WebChat;

public sealed record SignInRequest(string? User, string? Password);
