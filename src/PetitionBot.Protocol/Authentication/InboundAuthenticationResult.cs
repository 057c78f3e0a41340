using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace PetitionBot.Protocol.Authentication;

/// <summary>Outcome of checking a channel → bot request: a claims identity, or a loggable reason.</summary>
public sealed class InboundAuthenticationResult
{
    private InboundAuthenticationResult(ClaimsIdentity? identity, AuthenticationFailureReason? failure, string? detail)
    {
        Identity = identity;
        Failure = failure;
        Detail = detail;
    }

    public ClaimsIdentity? Identity { get; }

    public AuthenticationFailureReason? Failure { get; }

    /// <summary>A short English explanation for the log; contains no token contents.</summary>
    public string? Detail { get; }

    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Identity is not null;

    /// <summary>True when the request was let in without a token because no app id is configured.</summary>
    public bool IsAnonymous => Identity?.AuthenticationType == AnonymousAuthenticationType;

    public const string AnonymousAuthenticationType = "anonymous";

    public static InboundAuthenticationResult Success(ClaimsIdentity identity) => new(identity, null, null);

    public static InboundAuthenticationResult Anonymous() => new(new ClaimsIdentity([], AnonymousAuthenticationType), null, null);

    public static InboundAuthenticationResult Fail(AuthenticationFailureReason reason, string detail) => new(null, reason, detail);

    public override string ToString() => Succeeded ? $"authenticated ({Identity.AuthenticationType})" : $"{Failure}: {Detail}";
}
