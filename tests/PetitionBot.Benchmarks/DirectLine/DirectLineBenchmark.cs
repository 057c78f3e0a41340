using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using PetitionBot.Benchmarks.Load;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Benchmarks.DirectLine;

/// <summary>
/// Messages per second through the self-hosted Direct Line on loopback, with N conversations open at once:
/// polling (post, then poll until the bot's reply shows) and the WebSocket stream (post, reply pushed on the
/// conversation's socket; all N sockets stay open). A message counts when its reply has reached the client.
/// Usage: directline [--conversations 1000] [--messages 5000] [--concurrency 64] [--seconds 60] [--store memory|redis]
/// </summary>
public static class DirectLineBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = DirectLineBenchmarkOptions.Parse(args);
        await using var redis = options.Store == "redis" ? await RedisServer.StartAsync() : null;
        await using var channel = await InProcessChannel.StartAsync(redis?.ConnectionString);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 })
        {
            BaseAddress = channel.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

        var opening = Stopwatch.StartNew();
        var conversations = new BenchmarkConversation[options.Conversations];
        await Parallel.ForAsync(0, options.Conversations, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency },
            async (i, _) => conversations[i] = await BenchmarkConversation.StartAsync(client, i));
        Console.WriteLine($"Direct Line, {options.Store} log: {options.Conversations} conversations started in {opening.Elapsed.TotalSeconds:F1} s");

        await RunPhaseAsync("polling", options, conversations, (c, n) => PollingRoundTripAsync(client, c, n));

        var streams = new StreamListeners();
        var connecting = Stopwatch.StartNew();
        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency },
            async (c, ct) => await streams.OpenAsync(c, ct));
        Console.WriteLine($"  {options.Conversations} WebSockets open in {connecting.Elapsed.TotalSeconds:F1} s");
        await RunPhaseAsync("stream", options, conversations, (c, n) => StreamRoundTripAsync(client, streams, c, n));
        await streams.DisposeAsync();
        return 0;
    }

    private static async Task RunPhaseAsync(
        string name, DirectLineBenchmarkOptions options, BenchmarkConversation[] conversations, Func<BenchmarkConversation, int, Task> roundTrip)
    {
        var latencies = new LatencyRecorder();
        var next = -1;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            while (clock.Elapsed < options.TimeLimit)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= options.Messages)
                    return;
                var conversation = conversations[n % conversations.Length];
                await conversation.Turn.WaitAsync();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await roundTrip(conversation, n);
                    latencies.Add(Stopwatch.GetElapsedTime(started));
                }
                catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException or WebSocketException)
                {
                    Interlocked.Increment(ref failures);
                }
                finally
                {
                    conversation.Turn.Release();
                }
            }
        });
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  {name,-8} {latencies.Count} messages in {seconds:F1} s = {latencies.Count / seconds:F0} msg/s · " +
            $"p50 {latencies.Percentile(50):F1} ms · p95 {latencies.Percentile(95):F1} ms · p99 {latencies.Percentile(99):F1} ms · failures {failures}");
    }

    private static async Task PollingRoundTripAsync(HttpClient client, BenchmarkConversation conversation, int n)
    {
        var text = "m" + n;
        using (var post = conversation.Request(HttpMethod.Post, $"v3/directline/conversations/{conversation.Id}/activities",
                   new { type = "message", text, from = new { id = "x" }, channelData = new { clientActivityID = "c" + n } }))
            await BenchmarkConversation.Send(client, post);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 10;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            using var get = conversation.Request(HttpMethod.Get, $"v3/directline/conversations/{conversation.Id}/activities?watermark={conversation.Watermark}");
            var set = await BenchmarkConversation.Send(client, get);
            conversation.Watermark = (string)set["watermark"]!;
            if (set["activities"]!.AsArray().Any(a => (string?)a!["text"] == "echo:" + text))
                return;
        }
        throw new TimeoutException($"No reply to {text} within 10 s.");
    }

    private static async Task StreamRoundTripAsync(HttpClient client, StreamListeners streams, BenchmarkConversation conversation, int n)
    {
        var text = "m" + n;
        var reply = streams.Expect("echo:" + text);
        using (var post = conversation.Request(HttpMethod.Post, $"v3/directline/conversations/{conversation.Id}/activities",
                   new { type = "message", text, from = new { id = "x" }, channelData = new { clientActivityID = "c" + n } }))
            await BenchmarkConversation.Send(client, post);
        await reply.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>One socket per conversation, each read by its own loop; waiting senders are completed by reply text.</summary>
    private sealed class StreamListeners : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _expected = new();
        private readonly List<(ClientWebSocket Socket, Task Reading)> _sockets = [];
        private readonly CancellationTokenSource _stop = new();

        public Task Expect(string text) => _expected.GetOrAdd(text, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public async Task OpenAsync(BenchmarkConversation conversation, CancellationToken ct)
        {
            var socket = new ClientWebSocket();
            // Start after the history: only new activities are pushed.
            await socket.ConnectAsync(new Uri(conversation.StreamUrl), ct);
            var reading = ReadAsync(socket);
            lock (_sockets) _sockets.Add((socket, reading));
        }

        private async Task ReadAsync(ClientWebSocket socket)
        {
            var buffer = new byte[64 * 1024];
            using var frame = new MemoryStream();
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var result = await socket.ReceiveAsync(buffer, _stop.Token);
                    if (result.MessageType == WebSocketMessageType.Close)
                        return;
                    frame.Write(buffer, 0, result.Count);
                    if (!result.EndOfMessage)
                        continue;
                    if (frame.Length > 0)
                    {
                        var set = JsonNode.Parse(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length))!;
                        foreach (var activity in set["activities"]!.AsArray())
                        {
                            if ((string?)activity!["text"] is { } text && _expected.TryRemove(text, out var waiting))
                                waiting.TrySetResult();
                        }
                    }
                    frame.SetLength(0);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            foreach (var (socket, reading) in _sockets)
            {
                await reading;
                socket.Dispose();
            }
        }
    }
}
