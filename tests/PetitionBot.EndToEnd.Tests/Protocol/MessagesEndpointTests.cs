using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.EndToEnd.Tests.Protocol;

/// <summary>POST /api/messages over real HTTP: status codes, error bodies, activity types, expectReplies.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class MessagesEndpointTests(DefaultBotHostFixture fixture)
{
    private HttpClient Client => fixture.Host.Client;

    private Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json") =>
        Client.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, contentType));

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["error"]!["message"]!.GetValue<string>();
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_a_clear_message()
    {
        var response = await PostRawAsync("{\"type\":\"message\",\"text\":");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是合法的 JSON", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task An_activity_without_type_gets_400()
    {
        var response = await PostRawAsync("{\"text\":\"你好\",\"conversation\":{\"id\":\"c1\"}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task An_activity_without_conversation_gets_400()
    {
        var response = await PostRawAsync("{\"type\":\"message\",\"text\":\"你好\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task A_wrong_content_type_gets_415()
    {
        var response = await PostRawAsync("type=message", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var text = new string('长', 40_000);
        var response = await PostRawAsync(JsonSerializer.Serialize(new { type = "message", text, conversation = new { id = "big" } }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("65536", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task An_unknown_activity_type_is_acknowledged_and_ignored()
    {
        var conversation = new BotConversation(Client, $"unknown-{Guid.NewGuid():N}");
        var response = await conversation.PostAsync(new Activity { Type = "somethingNew", DeliveryMode = DeliveryModes.Normal });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_properties_do_not_break_a_turn()
    {
        var body = """
            {"type":"message","id":"x1","channelId":"test","text":"帮助","conversation":{"id":"props-1","futureField":1},
             "from":{"id":"u1","nickname":"老王"},"recipient":{"id":"bot"},"serviceUrl":"http://127.0.0.1:9/",
             "deliveryMode":"expectReplies","brandNewThing":{"a":[1,2]}}
            """;
        var response = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), ProtocolJson.Options)!;
        Assert.Contains("信访工作助手", replies.Activities.Single().Text);
    }

    [Fact]
    public async Task A_new_member_is_greeted_once()
    {
        var conversation = new BotConversation(Client, $"greet-{Guid.NewGuid():N}");
        var first = await conversation.JoinAsync();
        var second = await conversation.JoinAsync();
        Assert.Contains("信访工作助手", first.Single().Text);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Expect_replies_returns_replies_addressed_to_the_user()
    {
        var conversation = new BotConversation(Client, $"address-{Guid.NewGuid():N}", userId: "officer-9");
        var reply = (await conversation.SayAsync("帮助")).Single();
        Assert.Equal("officer-9", reply.Recipient?.Id);
        Assert.Equal("bot", reply.From?.Id);
        Assert.Equal(conversation.ConversationId, reply.Conversation?.Id);
        Assert.NotNull(reply.ReplyToId);
    }

    [Fact]
    public async Task An_unhandled_invoke_gets_501()
    {
        var conversation = new BotConversation(Client, $"invoke-{Guid.NewGuid():N}");
        var response = await conversation.PostAsync(new Activity { Type = ActivityTypes.Invoke, Name = "composeExtension/query", DeliveryMode = DeliveryModes.Normal });
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_update_with_null_members_is_answered_and_greets_only_real_members()
    {
        async Task<(HttpStatusCode Status, JsonNode? Body)> PostUpdateAsync(string members)
        {
            var id = Guid.NewGuid().ToString("N");
            var response = await PostRawAsync($$"""
                {"type":"conversationUpdate","id":"{{id}}","channelId":"test","serviceUrl":"http://127.0.0.1:9/unused",
                 "conversation":{"id":"nulls-{{id}}"},"recipient":{"id":"bot"},"from":{"id":"someone"},
                 "deliveryMode":"expectReplies","membersAdded":{{members}}}
                """);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        }

        var onlyNulls = await PostUpdateAsync("""[null, {"id":null}, {"name":"无名"}, {"id":"bot"}]""");
        Assert.Equal(HttpStatusCode.OK, onlyNulls.Status);
        Assert.Empty(onlyNulls.Body!["activities"]!.AsArray());

        var withAUser = await PostUpdateAsync("""[null, {"id":null}, {"id":"bot"}, {"id":"officer-7","name":"李明"}]""");
        Assert.Equal(HttpStatusCode.OK, withAUser.Status);
        Assert.Contains("信访工作助手", withAUser.Body!["activities"]!.AsArray().Single()!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("readyz")).StatusCode);
    }
}
