using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Regulations;

/// <summary>Configuration section "Regulations".</summary>
public sealed class RegulationOptions
{
    private static readonly Uri LocalBase = new("http://localhost:3978/");

    /// <summary>Folder with index.json and the texts; defaults to regulations/ beside the app.</summary>
    public string? Folder { get; set; }

    /// <summary>
    /// The bot's public base address for citation links (e.g. https://bot.example.gov.cn/). When empty, Web Chat
    /// users get the address they reached the page at, and other channels http://localhost:3978/.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The province (or city) whose texts answer questions that name none, e.g. 湖南省; empty: national only.</summary>
    public string Jurisdiction { get; set; } = "";

    /// <summary>Where the citation links of a reply to <paramref name="activity"/> point.</summary>
    public Uri CitationBaseFor(Activity activity)
    {
        if (PublicBaseUrl.Length > 0)
            return new Uri(PublicBaseUrl);
        // On our own Direct Line the serviceUrl is this host's address as the page reached it.
        return activity.ChannelId == "directline" && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var own)
               && own.Scheme is "http" or "https"
            ? own
            : LocalBase;
    }
}
