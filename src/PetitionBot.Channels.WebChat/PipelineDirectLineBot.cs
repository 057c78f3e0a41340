using PetitionBot.Conversation.State;
using PetitionBot.Conversation.Turns;
using PetitionBot.DirectLine;
using PetitionBot.DirectLine.Storage;
using PetitionBot.Protocol.Schema;
using PetitionBot.Channels;

namespace PetitionBot.Channels.WebChat;

/// <summary>Runs Direct Line activities through the same turn pipeline as /api/messages and hands back the replies.</summary>
public sealed class PipelineDirectLineBot(TurnPipeline pipeline) : IDirectLineBot
{
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!ActivityRouting.IsRunThroughBot(activity))
            return [];
        try
        {
            var result = await pipeline.ProcessAsync(activity, cancellationToken);
            return result.Replies;
        }
        catch (StorageUnavailableException e)
        {
            // State storage down: the channel answers 503 (send again later), as /api/messages does, not 502.
            throw new DirectLineStorageUnavailableException(e.Message, e);
        }
    }
}
