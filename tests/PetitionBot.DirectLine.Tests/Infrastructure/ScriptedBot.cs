using System.Collections.Concurrent;
using PetitionBot.DirectLine;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Tests.Infrastructure;

/// <summary>A bot for channel tests: welcomes on conversationUpdate, echoes messages, fails on "fail", sends typing first.</summary>
public sealed class ScriptedBot : IDirectLineBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        Received.Enqueue(activity);
        if (activity.IsType(ActivityTypes.ConversationUpdate))
            return Task.FromResult<IReadOnlyList<Activity>>([activity.CreateReply("欢迎")]);
        if (activity.Text == "fail")
            throw new InvalidOperationException("scripted failure");
        var typing = activity.CreateReply();
        typing.Type = ActivityTypes.Typing;
        return Task.FromResult<IReadOnlyList<Activity>>([typing, activity.CreateReply("收到：" + activity.Text)]);
    }
}
