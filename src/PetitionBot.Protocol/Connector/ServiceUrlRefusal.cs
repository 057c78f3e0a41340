namespace PetitionBot.Protocol.Connector;

/// <summary>Why a serviceUrl may not be called.</summary>
public enum ServiceUrlRefusal
{
    /// <summary>No serviceUrl at all.</summary>
    Missing,

    /// <summary>Not an absolute URL.</summary>
    NotAbsolute,

    /// <summary>A scheme other than http or https (file:, ftp: …).</summary>
    NotHttp,

    /// <summary>A host that is neither a Bot Framework host nor configured (nor loopback where that is allowed).</summary>
    HostNotAllowed,
}
