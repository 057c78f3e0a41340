namespace PetitionBot.Host.Regulations;

/// <summary>Configuration section "Regulations".</summary>
public sealed class RegulationOptions
{
    /// <summary>Folder with index.json and the texts; defaults to regulations/ beside the app.</summary>
    public string? Folder { get; set; }

    /// <summary>The bot's public base address, for citation links (e.g. https://bot.example.gov.cn/).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978/";
}
