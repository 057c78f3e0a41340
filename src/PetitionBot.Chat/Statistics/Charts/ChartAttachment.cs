using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Statistics.Charts;

/// <summary>
/// A chart as a message attachment: image/png inline as a data: URI, which Web Chat and Teams both show (Teams takes
/// inline images up to 1024×1024 and 1 MB; the page's content policy allows data: images). Nothing to serve or expire.
/// </summary>
public static class ChartAttachment
{
    public const string ContentType = "image/png";
    public const string UriPrefix = "data:image/png;base64,";

    public static Attachment For(byte[] png, string name) => new()
    {
        ContentType = ContentType,
        ContentUrl = UriPrefix + Convert.ToBase64String(png),
        Name = name,
    };
}
