namespace PetitionBot.DirectLine;

/// <summary>The bot threw while handling a posted activity; the client is told 502.</summary>
public sealed class DirectLineBotFailedException(string message, Exception inner) : Exception(message, inner);
