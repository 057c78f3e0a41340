using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PetitionBot.Protocol.Authentication;

/// <summary>Signing keys and their endorsements as read from one metadata URL.</summary>
public sealed record MetadataSnapshot(OpenIdConnectConfiguration Configuration, EndorsementTable Endorsements);
