using PetitionBot.Conversation.State;
using PetitionBot.DirectLine.Storage;

namespace PetitionBot.Channels.WebChat;

/// <summary>
/// A store that cannot be reached right now (state, Direct Line logs, sign-in counters): the caller is told 503 with
/// "稍后再试", and the next call after the store is back just works.
/// </summary>
public static class StorageOutage
{
    public static bool Is(Exception e) => e is StorageUnavailableException or DirectLineStorageUnavailableException;
}
