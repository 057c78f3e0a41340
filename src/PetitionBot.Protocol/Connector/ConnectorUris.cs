namespace PetitionBot.Protocol.Connector;

/// <summary>Connector REST paths under a channel's serviceUrl.</summary>
public static class ConnectorUris
{
    /// <summary>
    /// POST target for an activity: .../activities/{replyToId} (ReplyToActivity) when a reply id is
    /// given, else .../activities (SendToConversation). Ids are escaped: Teams ids hold ':' ';' '@'.
    /// </summary>
    public static Uri Activities(string serviceUrl, string conversationId, string? replyToId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
            path += "/" + Uri.EscapeDataString(replyToId);
        return new Uri(baseUrl + path, UriKind.Absolute);
    }
}
