namespace PetitionBot.Chat.Users;

/// <summary>The people who use the bot, configured as WebChat:Users:n (every channel maps its callers onto them).</summary>
public sealed class UserOptions
{
    public List<ChatUser> Users { get; set; } = [];
}
