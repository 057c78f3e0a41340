namespace PetitionBot.Channels.WeCom.Api;

/// <summary>WeCom's API could not be reached or gave no readable answer (network, timeout, HTTP error, not JSON).
/// The message names the call only: never its URL, which carries the secret or the token.</summary>
public sealed class WeComApiUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
