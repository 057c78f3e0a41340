using System.Diagnostics;
using PetitionBot.Language.Routing;

namespace PetitionBot.Chat.Routing;

/// <summary>Loads the word dictionary and trains the router before the host takes traffic, and says how long it took.</summary>
public sealed class RouterWarmUp(ILogger<RouterWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        TrainedRouter.WarmUp();
        logger.LogInformation("Intent router trained in {ElapsedMs} ms", watch.ElapsedMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
