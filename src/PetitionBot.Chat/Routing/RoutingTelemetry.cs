using System.Diagnostics;

namespace PetitionBot.Chat.Routing;

/// <summary>The chat layer's trace source: a span for reading which job a message is for.</summary>
public static class RoutingTelemetry
{
    public const string Name = "PetitionBot.Chat";

    public static readonly ActivitySource Source = new(Name);
}
