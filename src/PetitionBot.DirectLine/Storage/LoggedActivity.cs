namespace PetitionBot.DirectLine.Storage;

/// <summary>One entry of a conversation's log: its position (0-based) and the activity JSON without its id.</summary>
public readonly record struct LoggedActivity(long Index, string Json);
