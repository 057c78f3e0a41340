namespace PetitionBot.Chat.Users;

/// <summary>A person who may sign in to the chat page: configured as WebChat:Users:n.</summary>
public sealed class ChatUser
{
    /// <summary>The account id; becomes the chat user id (activity from.id).</summary>
    public string Id { get; set; } = "";

    /// <summary>The display name, e.g. 李明; the sign-in accepts it as well as the id.</summary>
    public string Name { get; set; } = "";

    /// <summary>The unit the person works in (e.g. 城关镇), for the bot to scope cases.</summary>
    public string Unit { get; set; } = "";

    /// <summary>For a supervisor: the units under their jurisdiction (as written on cases); none means every unit.</summary>
    public string[] Units { get; set; } = [];

    /// <summary>Whose regulation texts answer this person's questions when they name none (e.g. 上海市); empty: the deployment's.</summary>
    public string Jurisdiction { get; set; } = "";

    /// <summary>officer, supervisor or staff.</summary>
    public string Role { get; set; } = "";

    /// <summary>
    /// The person's 企业微信 account (成员UserID, as the WeCom admin console shows it): messages from that member are this
    /// user's. Empty: the person cannot use the bot over WeCom.
    /// </summary>
    public string WeComUserId { get; set; } = "";

    /// <summary>A PBKDF2 hash from "hash-password"; the password itself is never configured.</summary>
    public string PasswordHash { get; set; } = "";
}
