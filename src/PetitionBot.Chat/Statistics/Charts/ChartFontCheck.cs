namespace PetitionBot.Chat.Statistics.Charts;

/// <summary>Looks for the charts' Chinese font when the bot starts, and says clearly when there is none.</summary>
public sealed class ChartFontCheck(ChartFont font, ILogger<ChartFontCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (font.IsAvailable)
        {
            logger.LogInformation("Statistics charts draw Chinese with {FontFamily} from {FontFile}", font.Typeface!.FamilyName, font.File);
        }
        else
        {
            logger.LogWarning(
                "No Chinese font for statistics charts ({FontProblem}): statistics are answered as text without a chart. " +
                "Install Debian's fonts-noto-cjk or set Statistics:ChartFontFile to a font file with Simplified Chinese",
                font.Problem);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
