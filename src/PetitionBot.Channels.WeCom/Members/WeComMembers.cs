using PetitionBot.Chat.Users;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Members;

/// <summary>
/// Who a WeCom member is to the bot: the configured user (WebChat:Users:n) whose WeComUserId is the member's UserID
/// (compared without case, as WeCom does). A member no user names speaks as "wecom:" + UserID, which the
/// <see cref="WeComMemberGate"/> answers with whom to ask, never with cases.
/// </summary>
public sealed class WeComMembers(UserOptions users)
{
    public const string UnknownPrefix = "wecom:";

    private readonly Dictionary<string, ChatUser> _byWeComId = users.Users
        .Where(u => !string.IsNullOrWhiteSpace(u.WeComUserId) && !string.IsNullOrWhiteSpace(u.Id))
        .GroupBy(u => u.WeComUserId.Trim(), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The account the member speaks as (activity from).</summary>
    public ChannelAccount AccountOf(string weComUserId) =>
        _byWeComId.TryGetValue(weComUserId.Trim(), out var user)
            ? new ChannelAccount { Id = user.Id, Name = user.Name.Length > 0 ? user.Name : null }
            : new ChannelAccount { Id = UnknownPrefix + weComUserId };

    /// <summary>True for an activity from a member no configured user names.</summary>
    public static bool IsUnknown(Activity activity) =>
        activity.ChannelId == WeComChannel.ChannelId && activity.From?.Id is { } id && id.StartsWith(UnknownPrefix, StringComparison.Ordinal);

    /// <summary>The WeComUserId values configured for more than one user (only the first is used); for a start-up warning.</summary>
    public static IReadOnlyList<string> Duplicates(UserOptions users) =>
        [.. users.Users.Where(u => !string.IsNullOrWhiteSpace(u.WeComUserId))
            .GroupBy(u => u.WeComUserId.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)];
}
