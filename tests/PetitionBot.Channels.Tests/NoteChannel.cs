using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.Tests;

/// <summary>
/// A made-up platform, as small as a channel can be: POST /note/{conversation} with plain text in, replies kept in a
/// list out. Its replies take the outbox route, so they arrive after the HTTP answer, as on WeCom or DingTalk.
/// </summary>
public sealed class NoteChannel : IChannel
{
    public const string ChannelId = "note";

    public ConcurrentQueue<(ConversationReference To, Activity Activity, bool Update)> Sent { get; } = new();

    /// <summary>When set, the platform is "down": sends are answered with this status instead of being kept.</summary>
    public SendStatus? Failing { get; set; }

    public string Name => "note";

    public void MapInbound(WebApplication app) =>
        app.MapPost("/note/{conversation}", async (string conversation, HttpRequest request, ChannelTurns turns, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = Guid.NewGuid().ToString("N"),
                ChannelId = ChannelId,
                ServiceUrl = "note://platform",
                Text = await reader.ReadToEndAsync(ct),
                From = new ChannelAccount { Id = "someone" },
                Recipient = new ChannelAccount { Id = "bot" },
                Conversation = new ConversationAccount { Id = conversation },
            };
            await turns.RunAsync(activity, ReplyRoute.Outbox, ct);
            return Results.Ok();
        });

    public bool Serves(ConversationReference reference) => reference.ChannelId == ChannelId;

    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Keep(to, activity, update: false));

    public Task<SendResult> UpdateAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Keep(to, activity, update: true));

    private SendResult Keep(ConversationReference to, Activity activity, bool update)
    {
        if (Failing is { } status)
            return new SendResult(status, "the note platform is down");
        Sent.Enqueue((to, activity, update));
        return SendResult.Delivered;
    }
}
