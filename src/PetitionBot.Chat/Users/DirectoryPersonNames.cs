using PetitionBot.Cases.Model;

namespace PetitionBot.Chat.Users;

/// <summary>People's names from the configured users (WebChat:Users), for cases that keep only ids.</summary>
public sealed class DirectoryPersonNames(UserDirectory users) : IPersonNames
{
    public string? NameOf(string personId) => users.Find(personId) is { Name.Length: > 0 } user ? user.Name : null;
}
