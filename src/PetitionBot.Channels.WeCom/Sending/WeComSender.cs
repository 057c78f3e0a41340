using PetitionBot.Channels.WeCom.Api;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Sending;

/// <summary>
/// Sends an activity to one WeCom member through message/send and judges WeCom's answer: a refused or expired token is
/// refreshed once and the message sent once more; rate limits and an unreachable API mean "later"; other errors "no".
/// </summary>
public sealed class WeComSender(WeComApi api, WeComAccessTokens tokens, WeComOptions options, ILogger<WeComSender> logger)
{
    public async Task<SendResult> SendAsync(string toUser, Activity activity, CancellationToken cancellationToken)
    {
        if (!activity.IsType(ActivityTypes.Message))
            return SendResult.Delivered; // typing and the like have no WeCom counterpart
        // Sent in order; a failure stops there, and the outbox sends the whole activity again later.
        foreach (var message in WeComMessages.For(activity, toUser, options.AgentId))
        {
            var result = await SendOneAsync(message, cancellationToken);
            if (result.Status != SendStatus.Delivered)
                return result;
        }
        return SendResult.Delivered;
    }

    private async Task<SendResult> SendOneAsync(System.Text.Json.Nodes.JsonObject message, CancellationToken cancellationToken)
    {
        try
        {
            var token = await tokens.GetAsync(cancellationToken);
            var answer = await api.SendMessageAsync(token, message, cancellationToken);
            if (WeComErrorCodes.IsTokenError(answer.ErrCode))
            {
                logger.LogInformation("WeCom refused the access token (errcode {ErrCode}); refreshing it and sending once more", answer.ErrCode);
                token = await tokens.RefreshAsync(token, cancellationToken);
                answer = await api.SendMessageAsync(token, message, cancellationToken);
            }
            return WeComErrorCodes.ToSendResult(answer);
        }
        catch (WeComTokenException e)
        {
            logger.LogError("WeCom refused the access token request with errcode {ErrCode}: check WeCom:CorpId, WeCom:Secret and the application's 企业可信IP", e.ErrCode);
            return SendResult.RetryLater(e.Message);
        }
        catch (WeComApiUnavailableException e)
        {
            return SendResult.RetryLater(e.Message);
        }
    }
}
