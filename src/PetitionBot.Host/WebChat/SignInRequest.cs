namespace PetitionBot.Host.WebChat;

public sealed record SignInRequest(string? User, string? Password);
