namespace PetitionBot.DirectLine.Storage;

/// <summary>
/// The channel's store (or the bot's) cannot be reached right now; the client is told 503 and may send again later.
/// Nothing half-done is reported as done.
/// </summary>
public sealed class DirectLineStorageUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
