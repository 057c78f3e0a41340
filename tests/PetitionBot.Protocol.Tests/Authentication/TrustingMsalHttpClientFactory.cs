using Microsoft.Identity.Client;

namespace PetitionBot.Protocol.Tests.Authentication;

/// <summary>Lets MSAL talk to a local https token server with a throwaway certificate.</summary>
internal sealed class TrustingMsalHttpClientFactory(HttpClient client) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => client;
}
