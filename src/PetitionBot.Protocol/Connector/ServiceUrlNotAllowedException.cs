namespace PetitionBot.Protocol.Connector;

/// <summary>The activity's serviceUrl is not one the bot may call; no request was made.</summary>
public sealed class ServiceUrlNotAllowedException(string? serviceUrl, ServiceUrlRefusal refusal)
    : Exception($"The serviceUrl is not allowed ({refusal}): host '{ServiceUrlPolicy.HostOf(serviceUrl) ?? "none"}'.")
{
    public string? ServiceUrl { get; } = serviceUrl;

    public ServiceUrlRefusal Refusal { get; } = refusal;
}
