using System.Text.Json.Nodes;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Conversation.Tests.Turns;

/// <summary>A bot that adds one to a counter in conversation state and says the new value.</summary>
internal sealed class CounterBot : IBot
{
    private int _runs;

    /// <summary>How often the turn logic ran, re-runs after conflicts included.</summary>
    public int Runs => _runs;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        var current = turn.Conversation.Values.TryGetValue("counter", out var node) && node is not null ? node.GetValue<int>() : 0;
        // Yield so that concurrent turns interleave between read and write.
        await Task.Yield();
        turn.Conversation.Values["counter"] = JsonValue.Create(current + 1);
        turn.SendText($"计数：{current + 1}");
    }
}
