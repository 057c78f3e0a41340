using PetitionBot.Conversation.Turns;
using PetitionBot.DirectLine;
using PetitionBot.Host.Endpoints;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Host.WebChat;

/// <summary>Runs Direct Line activities through the same turn pipeline as /api/messages and hands back the replies.</summary>
public sealed class PipelineDirectLineBot(TurnPipeline pipeline) : IDirectLineBot
{
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!ActivityRouting.IsRunThroughBot(activity))
            return [];
        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        return result.Replies;
    }
}
