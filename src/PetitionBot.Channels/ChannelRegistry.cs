using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels;

/// <summary>The registered channels, in registration order: the first that serves a conversation delivers to it.</summary>
public sealed class ChannelRegistry(IEnumerable<IChannel> channels)
{
    private readonly IChannel[] _channels = [.. channels];

    public IReadOnlyList<IChannel> All => _channels;

    public IChannel? For(ConversationReference reference) => _channels.FirstOrDefault(c => c.Serves(reference));
}
