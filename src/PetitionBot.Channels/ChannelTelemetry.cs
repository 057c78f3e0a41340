using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PetitionBot.Channels;

/// <summary>
/// Outbound sends through the channels: a span per send and a count by channel, kind (reply, reminder) and result
/// (delivered, refused, retry-later). Tags name the channel and the result, never the conversation or its text.
/// </summary>
public static class ChannelTelemetry
{
    public const string Name = "PetitionBot.Channels";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Sends =
        Meter.CreateCounter<long>("petitionbot.sends", description: "Activities sent through a channel, by channel, kind and result");

    /// <summary>Sends <paramref name="activity"/> through <paramref name="channel"/> inside a span, and counts the result.</summary>
    public static async Task<SendResult> SendAsync(IChannel channel, string kind, Protocol.Schema.ConversationReference to,
        Protocol.Schema.Activity activity, CancellationToken cancellationToken)
    {
        using var span = Source.StartActivity("send " + kind, ActivityKind.Client);
        span?.SetTag("petitionbot.channel", channel.Name);
        var result = await channel.SendAsync(to, activity, cancellationToken);
        var name = result.Status switch
        {
            SendStatus.Delivered => "delivered",
            SendStatus.Refused => "refused",
            _ => "retry-later",
        };
        span?.SetTag("petitionbot.send.result", name);
        if (result.Status != SendStatus.Delivered) span?.SetStatus(ActivityStatusCode.Error, name);
        Sends.Add(1, new KeyValuePair<string, object?>("channel", channel.Name), new KeyValuePair<string, object?>("kind", kind),
            new KeyValuePair<string, object?>("result", name));
        return result;
    }
}
