using System.Collections.Concurrent;
using PetitionBot.Cases.Reminders;

namespace PetitionBot.Cases.Tests.Reminders;

/// <summary>Stands in for the channel: records what was sent, or answers with scripted outcomes first.</summary>
internal sealed class RecordingSender : IReminderSender
{
    private readonly ConcurrentQueue<SendOutcome> _script = new();

    public ConcurrentQueue<(ReminderSubscription To, ReminderMessage Message)> Sent { get; } = new();

    public int Calls;

    public void FailNext(int count, SendOutcome outcome)
    {
        for (var i = 0; i < count; i++)
            _script.Enqueue(outcome);
    }

    public async Task<SendOutcome> SendAsync(ReminderSubscription to, ReminderMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        // A real channel takes a moment; it widens the window in which a second instance could interfere.
        await Task.Delay(2, cancellationToken);
        if (_script.TryDequeue(out var scripted))
            return scripted;
        Sent.Enqueue((to, message));
        return SendOutcome.Sent;
    }

    public IReadOnlyList<string> Texts => [.. Sent.Select(s => s.Message.Text)];
}
