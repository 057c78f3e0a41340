using PetitionBot.DirectLine;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Benchmarks.DirectLine;

/// <summary>A bot that costs nothing, so the numbers are the channel's own.</summary>
public sealed class EchoBot : IDirectLineBot
{
    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Activity>>(activity.IsType(ActivityTypes.Message) ? [activity.CreateReply("echo:" + activity.Text)] : []);
}
