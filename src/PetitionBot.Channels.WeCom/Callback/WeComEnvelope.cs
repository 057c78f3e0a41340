namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>The outer XML of an encrypted callback POST: &lt;xml&gt;&lt;ToUserName/&gt;&lt;Encrypt/&gt;&lt;AgentID/&gt;&lt;/xml&gt;.</summary>
public sealed record WeComEnvelope(string ToUserName, string Encrypt, string AgentId)
{
    /// <summary>The envelope, or null when the body is not such XML or has no Encrypt.</summary>
    public static WeComEnvelope? TryParse(string xml)
    {
        var root = WeComXml.TryParseRoot(xml);
        var encrypt = root is null ? null : WeComXml.Child(root, "Encrypt");
        if (root is null || string.IsNullOrEmpty(encrypt))
            return null;
        return new WeComEnvelope(WeComXml.Child(root, "ToUserName") ?? "", encrypt, WeComXml.Child(root, "AgentID") ?? "");
    }
}
