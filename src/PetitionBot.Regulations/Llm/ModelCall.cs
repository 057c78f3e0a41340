using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAI.Chat;
using Polly.CircuitBreaker;
using PetitionBot.Regulations.Telemetry;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// One chat completion with its own deadline. Never throws for the model's sake: every failure comes back
/// as a <see cref="FallbackReason"/>; only the caller's own cancellation propagates.
/// </summary>
/// <remarks>
/// Goes through the client's protocol method with a body of its own and reads the reply itself: the Azure client
/// (2.1.0) and the OpenAI client (2.15.0) differ in their typed options, but both send this request the same way —
/// the Azure one to its deployment path with its api-version, api-key or Entra ID token.
/// </remarks>
public sealed class ModelCall(ChatClient client, string model, TimeSpan timeout, int maxOutputTokens)
{
    public async Task<ModelReply> CompleteAsync(string system, string user, CancellationToken cancellationToken)
    {
        using var span = RegulationTelemetry.Source.StartActivity("llm call", ActivityKind.Client);
        var reply = await CallAsync(system, user, cancellationToken).ConfigureAwait(false);
        var outcome = reply.Failure?.Code ?? "ok";
        span?.SetTag("petitionbot.llm.outcome", outcome);
        RegulationTelemetry.ModelCalled(outcome);
        return reply;
    }

    private async Task<ModelReply> CallAsync(string system, string user, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var body = BinaryContent.Create(BinaryData.FromString(RequestBody(system, user)));
            var result = await client.CompleteChatAsync(body, new RequestOptions { CancellationToken = deadline.Token }).ConfigureAwait(false);
            return Read(result.GetRawResponse().Content);
        }
        catch (Exception e) when (e is BrokenCircuitException || e.InnerException is BrokenCircuitException)
        {
            return ModelReply.Failed(FallbackReason.CircuitOpen);
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
        catch (Azure.Identity.AuthenticationFailedException e)
        {
            // Entra ID: no identity could sign in, or the token request was refused.
            return ModelReply.Failed(new FallbackReason("auth", e.GetType().Name));
        }
    }

    private string RequestBody(string system, string user) => new JsonObject
    {
        ["model"] = model,
        ["messages"] = new JsonArray(
            new JsonObject { ["role"] = "system", ["content"] = system },
            new JsonObject { ["role"] = "user", ["content"] = user }),
        ["temperature"] = 0,
        ["max_tokens"] = maxOutputTokens,
    }.ToJsonString();

    /// <summary>The first choice's text; a body that is not a chat completion is "malformed".</summary>
    private static ModelReply Read(BinaryData body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
                return ModelReply.Failed(FallbackReason.Malformed("no choices"));
            var choice = choices[0];
            if (choice.TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String && finish.GetString() == "length")
                return ModelReply.Failed(FallbackReason.Truncated);
            var text = choice.TryGetProperty("message", out var message) && message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String
                ? content.GetString()!.Trim()
                : "";
            return text.Length == 0 ? ModelReply.Failed(FallbackReason.Malformed("no content")) : ModelReply.Of(text);
        }
        catch (JsonException e)
        {
            return ModelReply.Failed(FallbackReason.Malformed(e.GetType().Name));
        }
    }
}
