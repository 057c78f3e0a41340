using System.Net;
using System.Text.Json.Nodes;
using PetitionBot.DirectLine.Tests.Infrastructure;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Tests.Http;

public sealed class ConversationEndpointsTests
{
    [Fact]
    public async Task Starting_sends_one_conversation_update_adding_bot_and_user_and_returns_201_then_200()
    {
        await using var host = await ChannelHost.StartAsync();
        var generated = await host.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChannelHost.Secret, new { user = new { id = "u-7", name = "李明" } });
        var token = (string)generated["token"]!;
        Assert.Equal(1800, (int)generated["expires_in"]!);

        var first = await host.SendJsonAsync(HttpMethod.Post, "v3/directline/conversations", token, expectedStatus: 201);
        var again = await host.SendJsonAsync(HttpMethod.Post, "v3/directline/conversations", token, expectedStatus: 200);

        Assert.Equal((string)generated["conversationId"]!, (string)first["conversationId"]!);
        Assert.Equal((string)first["conversationId"]!, (string)again["conversationId"]!);
        Assert.StartsWith("ws://127.0.0.1:", (string)first["streamUrl"]!);
        var update = Assert.Single(host.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal("directline", update.ChannelId);
        Assert.Equal(host.BaseAddress.ToString(), update.ServiceUrl);
        Assert.Equal(["test-bot", "u-7"], update.MembersAdded!.Select(m => m.Id));
        Assert.Equal("test-bot", update.Recipient!.Id);
    }

    [Fact]
    public async Task A_post_is_echoed_with_id_and_client_activity_id_and_the_reply_follows_with_reply_to_id()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();

        var posted = await host.PostMessageAsync(conversationId, token, "登记来访", "client-1");
        var set = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark=", token);

        var id = (string)posted["id"]!;
        Assert.Equal(conversationId + "|0000001", id);
        var activities = set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["欢迎", "登记来访", "收到：登记来访"], activities.Select(a => (string?)a["text"]));
        var echo = activities[1];
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal("client-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user-1", (string)echo["from"]!["id"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.Equal(System.Text.Json.JsonValueKind.String, JsonValueKind(echo["timestamp"]));
        var reply = activities[2];
        Assert.Equal("bot", (string)reply["from"]!["role"]!);
        Assert.Equal(id, (string)reply["replyToId"]!);
        Assert.Equal("user-1", (string)reply["recipient"]!["id"]!);
        // The typing reply was logged (it counts) but polling never shows it.
        Assert.Equal(System.Text.Json.JsonValueKind.String, JsonValueKind(set["watermark"]));
        Assert.Equal("4", (string)set["watermark"]!);
    }

    [Fact]
    public async Task The_bot_receives_the_stamped_activity_as_the_token_user_whatever_from_the_body_says()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync("u-1", "王秀兰");

        await host.PostMessageAsync(conversationId, token, "你好", "c-1");

        var received = host.Bot.Received.Last();
        Assert.Equal("u-1", received.From!.Id);
        Assert.Equal("王秀兰", received.From.Name);
        Assert.Equal(conversationId, received.Conversation!.Id);
        Assert.Equal("test-bot", received.Recipient!.Id);
        Assert.Equal(conversationId + "|0000001", received.Id);
        Assert.NotNull(received.Timestamp);
        Assert.Equal(host.BaseAddress.ToString(), received.ServiceUrl);
    }

    [Fact]
    public async Task Polling_from_a_watermark_returns_only_newer_activities()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();
        await host.PostMessageAsync(conversationId, token, "一", "c-1");
        var first = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        await host.PostMessageAsync(conversationId, token, "二", "c-2");

        var next = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={(string)first["watermark"]!}", token);
        var empty = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={(string)next["watermark"]!}", token);

        Assert.Equal(["二", "收到：二"], next["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Empty(empty["activities"]!.AsArray());
        Assert.Equal((string)next["watermark"]!, (string)empty["watermark"]!);
    }

    [Fact]
    public async Task A_failing_bot_gives_502_and_the_users_activity_stays_logged()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();

        var error = await host.PostMessageAsync(conversationId, token, "fail", "c-1", expectedStatus: 502);
        var set = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);

        Assert.Equal("BotError", (string)error["error"]!["code"]!);
        Assert.Equal("fail", (string?)set["activities"]!.AsArray().Last()!["text"]);
    }

    [Fact]
    public async Task Reconnecting_returns_a_new_stream_url_carrying_the_watermark()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();

        var reconnect = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=3", token);

        Assert.Equal(conversationId, (string)reconnect["conversationId"]!);
        Assert.EndsWith("&watermark=3", (string)reconnect["streamUrl"]!);
        Assert.Contains($"/v3/directline/conversations/{conversationId}/stream?t=", (string)reconnect["streamUrl"]!);
    }

    [Fact]
    public async Task Upload_answers_501_with_a_message_in_chinese_and_english()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();

        var error = await host.SendJsonAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload?userId=user-1", token, new { }, expectedStatus: 501);

        var message = (string)error["error"]!["message"]!;
        Assert.Contains("附件", message);
        Assert.Contains("not supported", message);
    }

    [Fact]
    public async Task Preflight_allows_the_headers_directlinejs_sends()
    {
        await using var host = await ChannelHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        request.Headers.Add("Origin", "https://page.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "accept", "x-ms-bot-agent" })
            Assert.Contains(header, allowed);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_proactive_append_reaches_polling_clients_as_a_bot_message()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();
        var conversations = (IDirectLineConversations)host.Services.GetService(typeof(IDirectLineConversations))!;

        var id = await conversations.AppendAsync(conversationId, new Activity { Type = ActivityTypes.Message, Text = "到期提醒" }, CancellationToken.None);
        var set = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);

        var last = set["activities"]!.AsArray().Last()!;
        Assert.Equal(id, (string)last["id"]!);
        Assert.Equal("到期提醒", (string)last["text"]!);
        Assert.Equal("bot", (string)last["from"]!["role"]!);
        Assert.Equal("user-1", (string)last["recipient"]!["id"]!);
    }

    private static System.Text.Json.JsonValueKind JsonValueKind(JsonNode? node) => node!.GetValueKind();
}
