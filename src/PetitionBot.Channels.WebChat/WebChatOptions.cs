using PetitionBot.Chat.Users;
namespace PetitionBot.Channels.WebChat;

/// <summary>Configuration section "WebChat": how the page learns who is signing in (the users themselves are <c>UserOptions</c>).</summary>
public sealed class WebChatOptions
{
    /// <summary>
    /// When set (e.g. "X-Remote-User"), a reverse proxy that has already authenticated the user names them in this
    /// header and the page skips its own sign-in. Only set it when the host is reachable through that proxy alone.
    /// </summary>
    public string TrustedUserHeader { get; set; } = "";

    /// <summary>Optional header with the display name (URL-encoded UTF-8 allowed), used with <see cref="TrustedUserHeader"/>.</summary>
    public string TrustedUserNameHeader { get; set; } = "";
}
