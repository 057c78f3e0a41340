namespace PetitionBot.Host.WebChat;

/// <summary>Configuration section "WebChat": who may sign in to the page.</summary>
public sealed class WebChatOptions
{
    public List<WebChatUser> Users { get; set; } = [];

    /// <summary>
    /// When set (e.g. "X-Remote-User"), a reverse proxy that has already authenticated the user names them in this
    /// header and the page skips its own sign-in. Only set it when the host is reachable through that proxy alone.
    /// </summary>
    public string TrustedUserHeader { get; set; } = "";

    /// <summary>Optional header with the display name (URL-encoded UTF-8 allowed), used with <see cref="TrustedUserHeader"/>.</summary>
    public string TrustedUserNameHeader { get; set; } = "";
}
