using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>
/// A local server speaking the Chat Completions wire format on a free loopback port, under both the
/// OpenAI-compatible path (/v1/chat/completions) and Azure OpenAI's (/openai/deployments/{name}/chat/completions
/// ?api-version=…, also /openai/v1/chat/completions). It answers each request with the next scripted step
/// (a reply, an HTTP error, or a broken body, each after a delay) and records what it was sent.
/// </summary>
public sealed partial class ScriptedChatServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpListener _listener = new();
    private readonly Queue<Step> _script = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScriptedChatServer()
    {
        var port = FreeTcpPort.Next();
        Root = new Uri($"http://127.0.0.1:{port}/");
        BaseUrl = new Uri(Root, "v1/");
        _listener.Prefixes.Add(Root.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The OpenAI-compatible base URL (…/v1/).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The server root, as an Azure OpenAI resource endpoint.</summary>
    public Uri Root { get; }

    public List<ReceivedRequest> Received { get; } = [];

    /// <summary>An assistant message with this content.</summary>
    public void Reply(string content, TimeSpan? delay = null) => Enqueue(new Step(200, ReplyBody(content), delay ?? TimeSpan.Zero));

    /// <summary>An HTTP error with an OpenAI-style error body.</summary>
    public void Fail(int status, TimeSpan? delay = null) =>
        Enqueue(new Step(status, """{"error":{"message":"scripted failure","type":"server_error","code":null}}""", delay ?? TimeSpan.Zero));

    /// <summary>A 200 whose body is exactly this text (e.g. broken JSON).</summary>
    public void RawBody(string body) => Enqueue(new Step(200, body, TimeSpan.Zero));

    /// <summary>Every request body received, with JSON escapes undone (so Chinese text reads as sent).</summary>
    public string AllRequestText() => string.Join("\n", Received.Select(r => JsonNode.Parse(r.Body)!.ToJsonString(Relaxed)));

    private void Enqueue(Step step)
    {
        lock (_script) _script.Enqueue(step);
    }

    private static string ReplyBody(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "scripted",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
    }.ToJsonString(Relaxed);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new ReceivedRequest(
                context.Request.Url!.AbsolutePath,
                context.Request.QueryString["api-version"],
                context.Request.Headers["Authorization"],
                context.Request.Headers["api-key"],
                body);
            Step next;
            lock (_script)
            {
                Received.Add(request);
                next = _script.Count > 0 ? _script.Dequeue() : new Step(200, ReplyBody(""), TimeSpan.Zero);
            }
            if (!IsChatPath(request))
            {
                await WriteAsync(context, 404, """{"error":{"message":"no such path"}}""");
                return;
            }
            await Task.Delay(next.Delay, _stop.Token);
            await WriteAsync(context, next.Status, next.Body);
        }
        catch (Exception)
        {
            // The client gave up (timeout test) or the server is stopping.
            try { context.Response.Abort(); } catch (ObjectDisposedException) { }
        }
    }

    private static bool IsChatPath(ReceivedRequest r) =>
        r.Path is "/v1/chat/completions" or "/openai/v1/chat/completions"
        || AzureDeploymentPath().IsMatch(r.Path) && r.ApiVersion is not null;

    private static async Task WriteAsync(HttpListenerContext context, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (Exception) { }
        _stop.Dispose();
    }

    [GeneratedRegex(@"^/openai/deployments/[^/]+/chat/completions$")]
    private static partial Regex AzureDeploymentPath();

    private sealed record Step(int Status, string Body, TimeSpan Delay);
}

/// <summary>One request as the server saw it.</summary>
public sealed record ReceivedRequest(string Path, string? ApiVersion, string? Authorization, string? ApiKey, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
