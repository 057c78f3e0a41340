using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>
/// A local server speaking the Chat Completions wire format on a free loopback port; it answers each request
/// with the next scripted reply (content and delay) and records what it was sent.
/// </summary>
public sealed class ScriptedChatServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<(string Content, TimeSpan Delay)> _script = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScriptedChatServer()
    {
        var port = FreeTcpPort.Next();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public List<JsonObject> Requests { get; } = [];

    public List<string?> Authorizations { get; } = [];

    public void Reply(string content, TimeSpan? delay = null)
    {
        lock (_script) _script.Enqueue((content, delay ?? TimeSpan.Zero));
    }

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
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            (string Content, TimeSpan Delay) next;
            lock (_script)
            {
                Requests.Add(body);
                Authorizations.Add(context.Request.Headers["Authorization"]);
                next = _script.Count > 0 ? _script.Dequeue() : ("", TimeSpan.Zero);
            }
            if (context.Request.Url!.AbsolutePath != "/v1/chat/completions")
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                return;
            }
            await Task.Delay(next.Delay, _stop.Token);

            var reply = new JsonObject
            {
                ["id"] = "chatcmpl-test",
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = (string?)body["model"],
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = next.Content },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
            };
            var bytes = Encoding.UTF8.GetBytes(reply.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client gave up (timeout test) or the server is stopping.
            try { context.Response.Abort(); } catch (ObjectDisposedException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (Exception) { }
        _stop.Dispose();
    }
}
