using System.Diagnostics.Metrics;

namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>Sign-ins refused, by reason (wrong-password, locked, busy, unavailable); never who tried.</summary>
public static class SignInTelemetry
{
    public const string Name = "PetitionBot.Channels.WebChat";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Failures =
        Meter.CreateCounter<long>("petitionbot.signin.failures", description: "Sign-ins refused, by reason");

    public static void Refused(string reason) => Failures.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
