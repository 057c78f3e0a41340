using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Protocol.Tests.Schema;

public sealed class ActivitySerializationTests
{
    private const string Incoming = """
        {"type":"message","id":"a1","timestamp":"2026-11-22T03:29:26.2991234Z","localTimestamp":"2026-11-22T11:29:26.299+08:00",
         "channelId":"msteams","serviceUrl":"https://smba.example/amer/","text":"你好",
         "from":{"id":"29:1abc","name":"王秀兰","aadObjectId":"oid-1","tenantHint":"t"},
         "recipient":{"id":"28:bot","name":"信访工作助手"},
         "conversation":{"id":"a:1xyz","conversationType":"personal","tenantId":"tid","shard":"cn"},
         "entities":[{"type":"clientInfo","locale":"zh-CN","timezone":"Asia/Shanghai"}],
         "channelData":{"tenant":{"id":"tid"}},"futureField":{"nested":[1,2,3]}}
        """;

    [Fact]
    public void Unknown_properties_survive_a_round_trip_at_every_level()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Incoming, ProtocolJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.Equal("[1,2,3]", written["futureField"]!["nested"]!.ToJsonString());
        Assert.Equal("t", written["from"]!["tenantHint"]!.GetValue<string>());
        Assert.Equal("cn", written["conversation"]!["shard"]!.GetValue<string>());
        Assert.Equal("Asia/Shanghai", written["entities"]![0]!["timezone"]!.GetValue<string>());
        Assert.Equal("tid", written["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Writes_camel_case_omits_nulls_and_keeps_chinese_readable()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "已登记", ReplyToId = "a1" }, ProtocolJson.Options);
        Assert.Equal("""{"type":"message","text":"已登记","replyToId":"a1"}""", json);
    }

    [Fact]
    public void Keeps_the_local_offset_of_local_timestamp()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Incoming, ProtocolJson.Options)!;
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(11, activity.LocalTimestamp.Value.Hour);
    }

    [Fact]
    public void A_reply_is_addressed_back_to_the_sender_and_threaded()
    {
        var incoming = JsonSerializer.Deserialize<Activity>(Incoming, ProtocolJson.Options)!;
        var reply = incoming.CreateReply("收到");
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:1abc", reply.Recipient!.Id);
        Assert.Equal("a:1xyz", reply.Conversation!.Id);
        Assert.Equal("a1", reply.ReplyToId);
        Assert.Equal("https://smba.example/amer/", reply.ServiceUrl);
    }

    [Fact]
    public void A_direct_line_conversation_update_has_no_activity_id_in_its_reference()
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "u1", ChannelId = "directline" };
        Assert.Null(update.GetConversationReference().ActivityId);
        Assert.Equal("u1", new Activity { Type = ActivityTypes.ConversationUpdate, Id = "u1", ChannelId = "msteams" }.GetConversationReference().ActivityId);
    }
}
