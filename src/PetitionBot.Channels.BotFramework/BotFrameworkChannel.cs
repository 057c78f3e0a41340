using System.Net;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Connector;
using PetitionBot.Protocol.Schema;
using PetitionBot.Channels;

namespace PetitionBot.Channels.BotFramework;

/// <summary>
/// Bot Framework channels (Teams, the Emulator, Azure Bot Service): activities arrive at POST /api/messages with a
/// channel-signed token; replies and proactive messages go to the Connector API at the conversation's serviceUrl with
/// the bot's own token. Serves every conversation that has a serviceUrl, so it is registered last.
/// </summary>
public sealed class BotFrameworkChannel(ConnectorClient connector) : IChannel
{
    public string Name => "botframework";

    public void MapInbound(WebApplication app) => MessagesEndpoint.Map(app);

    public bool Serves(ConversationReference reference) => !string.IsNullOrEmpty(reference.ServiceUrl);

    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(() => connector.SendActivityAsync(activity, cancellationToken), cancellationToken);

    public Task<SendResult> UpdateAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(() => connector.UpdateActivityAsync(activity, cancellationToken), cancellationToken);

    /// <summary>The Connector's answer as the seam reads it; the client has already retried 429/5xx within its bounds.</summary>
    private static async Task<SendResult> CallAsync(Func<Task<ResourceResponse>> call, CancellationToken cancellationToken)
    {
        try
        {
            await call();
            return SendResult.Delivered;
        }
        catch (ServiceUrlNotAllowedException e)
        {
            // Addressed to a serviceUrl this bot may not call (or no longer may): never sent there.
            return SendResult.Refused($"serviceUrl not allowed ({e.Refusal})");
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // The channel refused this activity, or the conversation is gone / the bot was removed from it.
            return SendResult.Refused($"the channel refused it with {(int?)e.StatusCode}");
        }
        catch (Exception e) when (e is ConnectorException or ConnectorRetriesExhaustedException or HttpRequestException
                                       or BotTokenRequestException or TimeoutException
                                       || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return SendResult.RetryLater($"{e.GetType().Name}: {e.Message}", (e as ConnectorRetriesExhaustedException)?.RetryAt);
        }
    }
}
