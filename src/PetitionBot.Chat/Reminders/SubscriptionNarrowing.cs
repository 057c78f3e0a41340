using PetitionBot.Cases.Reminders;
using PetitionBot.Chat.Cases;

namespace PetitionBot.Chat.Reminders;

/// <summary>
/// Keeps every active subscription within what its subscriber may see now (WebChat:Users): someone who may no longer
/// see cases (now staff, or gone from the directory) is unsubscribed; someone whose sight narrowed (another unit, a
/// smaller jurisdiction) keeps the units still in sight, or all of their units when none of the old ones is. Own-case
/// subscriptions and subscribers who see everything are left alone. Run by the reminder scheduler.
/// </summary>
public sealed class SubscriptionNarrowing(ReminderStore store, CaseAccess access, TimeProvider time)
{
    public async Task<(int Narrowed, int Cancelled)> ApplyAsync(CancellationToken cancellationToken)
    {
        int narrowed = 0, cancelled = 0;
        foreach (var s in await store.Subscriptions.ActiveSubscriptionsAsync(cancellationToken))
        {
            var sight = access.ScopeFor(s.UserId);
            if (!sight.SeesAny)
            {
                if (await store.Subscriptions.UnsubscribeAsync(s.ChannelId, s.ConversationId, s.UserId, time.GetUtcNow(), cancellationToken))
                    cancelled++;
                continue;
            }
            if (sight.All || s.Scope == ReminderScope.OwnCases)
                continue;
            var kept = s.Scope == ReminderScope.Units ? s.Units.Where(sight.Units.Contains).ToList() : [];
            IReadOnlyList<string> units = kept.Count > 0 ? kept : sight.Units;
            if (s.Scope == ReminderScope.Units && units.SequenceEqual(s.Units))
                continue;
            if (await store.Subscriptions.NarrowAsync(s.Id, units, time.GetUtcNow(), cancellationToken))
                narrowed++;
        }
        return (narrowed, cancelled);
    }
}
