namespace PetitionBot.Conversation.State;

/// <summary>Single-key forms of the batch operations, for a turn that keeps one document per conversation.</summary>
public static class StateStorageExtensions
{
    public static async Task<StateItem?> ReadAsync(this IStateStorage storage, string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.GetValueOrDefault(key);
    }

    /// <summary>Writes one document and returns its new ETag.</summary>
    public static async Task<string> WriteAsync(this IStateStorage storage, string key, StateWrite write, CancellationToken cancellationToken)
    {
        var etags = await storage.WriteAsync(new Dictionary<string, StateWrite> { [key] = write }, cancellationToken).ConfigureAwait(false);
        return etags[key];
    }

    public static Task DeleteAsync(this IStateStorage storage, string key, CancellationToken cancellationToken) =>
        storage.DeleteAsync([key], cancellationToken);
}
