namespace PetitionBot.Protocol.Authentication;

/// <summary>Why an inbound request was refused; safe to log (never carries token contents).</summary>
public enum AuthenticationFailureReason
{
    MissingAuthorizationHeader,
    InvalidScheme,
    MalformedToken,
    MetadataUnavailable,
    InvalidIssuer,
    InvalidAudience,
    Expired,
    NotYetValid,
    UnknownSigningKey,
    InvalidSignature,
    DisallowedAlgorithm,
    ChannelNotEndorsed,
    MissingServiceUrlClaim,
    ServiceUrlMismatch,
    MissingTokenVersion,
    AppIdMismatch,
    InvalidToken,
}
