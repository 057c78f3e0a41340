using System.Globalization;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Store;
using PetitionBot.Language.Masking;

namespace PetitionBot.Host.Admin;

/// <summary>
/// GET /admin/reminders/deliveries: the reminder send log for operators, newest first — what was sent to whom (the
/// subscriber's name masked, 赵*), when, how many attempts, and each failed attempt's error. Query: <c>limit</c>
/// (1–200, default 50), <c>before</c> (an id, to page on), <c>status</c> (pending, sent, failed …). Needs the bearer
/// key of <c>Admin:ApiKey</c>: 404 when none is configured, 401 without it.
/// </summary>
public static class DeliveryLogEndpoint
{
    public const string Path = "/admin/reminders/deliveries";
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    public static void Map(WebApplication app, AdminOptions options)
    {
        app.MapGet(Path, async (HttpContext context, ReminderStore store, IPersonNames names, CancellationToken ct) =>
        {
            if (!options.Enabled)
                return Results.NotFound();
            context.Response.Headers.CacheControl = "no-store";
            if (!AdminKey.Matches(context.Request, options.ApiKey!))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Unauthorized();
            }
            if (Query.Read(context.Request.Query) is not { } query)
                return Results.BadRequest(new { error = $"limit is 1–{MaxLimit}, before an id, status one of: {string.Join(", ", Enum.GetNames<DeliveryStatus>()).ToLowerInvariant()}" });
            try
            {
                var entries = await store.Deliveries.RecentAsync(query.Limit, query.Before, query.Status, ct);
                return Results.Ok(new
                {
                    deliveries = entries.Select(e => Row(e, e.SubscriberName ?? names.NameOf(e.UserId))),
                    next = entries.Count == query.Limit ? entries[^1].Id.ToString(CultureInfo.InvariantCulture) : null,
                });
            }
            catch (CaseStoreUnavailableException)
            {
                return Results.Json(new { error = "the case database is unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).ExcludeFromDescription();
    }

    private static object Row(DeliveryLogEntry e, string? name) => new
    {
        id = e.Id,
        kind = e.Kind == ReminderKind.Digest ? "digest" : "case-alert",
        reminder = e.Key,
        caseNumber = e.CaseNumber,
        status = e.Status.ToString().ToLowerInvariant(),
        attempts = e.Attempts,
        createdAt = e.CreatedAt,
        notBefore = e.NotBefore,
        sentAt = e.SentAt,
        lastError = e.LastError,
        attemptLog = e.AttemptLog,
        to = new { name = PersonalDataMask.Name(name), channel = e.ChannelId, subscribed = e.SubscriptionActive },
    };

    private sealed record Query(int Limit, long? Before, DeliveryStatus? Status)
    {
        public static Query? Read(IQueryCollection query)
        {
            var limit = DefaultLimit;
            if (query["limit"].ToString() is { Length: > 0 } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
                return null;
            long? before = null;
            if (query["before"].ToString() is { Length: > 0 } b)
            {
                if (!long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                    return null;
                before = id;
            }
            DeliveryStatus? status = null;
            if (query["status"].ToString() is { Length: > 0 } s)
            {
                if (!Enum.TryParse<DeliveryStatus>(s, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || s.Any(char.IsDigit))
                    return null;
                status = parsed;
            }
            return new Query(limit, before, status);
        }
    }
}
