using System.ClientModel;
using System.Text.Json;
using OpenAI.Chat;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// One chat completion with its own deadline. Never throws for the model's sake: every failure comes back
/// as a <see cref="FallbackReason"/>; only the caller's own cancellation propagates.
/// </summary>
public sealed class ModelCall(ChatClient client, TimeSpan timeout, int maxOutputTokens)
{
    public async Task<ModelReply> CompleteAsync(string system, string user, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var messages = new ChatMessage[] { new SystemChatMessage(system), new UserChatMessage(user) };
            var options = new ChatCompletionOptions { Temperature = 0, MaxOutputTokenCount = maxOutputTokens };
            var completion = (await client.CompleteChatAsync(messages, options, deadline.Token).ConfigureAwait(false)).Value;
            if (completion.FinishReason == ChatFinishReason.Length) return ModelReply.Failed(FallbackReason.Truncated);
            var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text)).Trim();
            return text.Length == 0 ? ModelReply.Failed(FallbackReason.Malformed("empty content")) : ModelReply.Of(text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ModelReply.Failed(FallbackReason.Timeout);
        }
        catch (ClientResultException e) when (e.Status is 401 or 403)
        {
            return ModelReply.Failed(FallbackReason.Auth(e.Status));
        }
        catch (ClientResultException e) when (e.Status == 0)
        {
            // No response at all: refused, reset, name not resolved.
            return ModelReply.Failed(FallbackReason.Unreachable(e.InnerException?.GetType().Name ?? e.GetType().Name));
        }
        catch (ClientResultException e)
        {
            return ModelReply.Failed(FallbackReason.Http(e.Status));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return ModelReply.Failed(FallbackReason.Unreachable(e.GetType().Name));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException
                                       or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            // The body was not a chat completion.
            return ModelReply.Failed(FallbackReason.Malformed(e.GetType().Name));
        }
        catch (Azure.Identity.AuthenticationFailedException e)
        {
            return ModelReply.Failed(new FallbackReason("auth", e.GetType().Name));
        }
    }
}
