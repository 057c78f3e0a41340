using PetitionBot.Channels.WeCom.Callback;

namespace PetitionBot.Channels.WeCom.Tests;

public sealed class WeComMessageTests
{
    [Fact]
    public void A_text_message_is_read_with_its_sender_time_id_and_content()
    {
        var message = WeComMessage.TryParse(WeComVector.Named("text-message-chinese").Message);

        Assert.NotNull(message);
        Assert.True(message.IsText);
        Assert.Equal("zhangsan", message.FromUserName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1765000000), message.CreateTime);
        Assert.Equal("7432101234567890123", message.MsgId);
        Assert.Equal("我想问一下信访事项的受理期限是多久？", message.Content);
        Assert.Equal("1000002", message.AgentId);
    }

    [Fact]
    public void Opening_the_application_is_an_enter_agent_event()
    {
        var message = WeComMessage.TryParse(WeComVector.Named("enter-agent-event").Message);

        Assert.NotNull(message);
        Assert.True(message.IsEnterAgent);
        Assert.False(message.IsText);
        Assert.Equal("lisi", message.FromUserName);
    }

    [Fact]
    public void A_card_button_press_carries_its_button_key_task_id_and_response_code()
    {
        var message = WeComMessage.TryParse(WeComVector.Named("template-card-event").Message);

        Assert.NotNull(message);
        Assert.True(message.IsCardButton);
        Assert.Equal("confirm", message.EventKey);
        Assert.Equal("task-0001", message.TaskId);
        Assert.Equal("rc-abc", message.ResponseCode);
    }

    [Fact]
    public void WeComs_sample_message_is_read()
    {
        var message = WeComMessage.TryParse(WeComVector.Named("wecom-sample-post").Message);

        Assert.NotNull(message);
        Assert.False(string.IsNullOrEmpty(message.MsgType));
        Assert.False(string.IsNullOrEmpty(message.FromUserName));
    }

    [Fact]
    public void An_external_entity_is_refused_rather_than_resolved()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE xml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <xml><FromUserName>a</FromUserName><MsgType>text</MsgType><Content>&secret;</Content></xml>
            """;

        Assert.Null(WeComMessage.TryParse(xxe));
        Assert.Null(WeComEnvelope.TryParse(xxe.Replace("<Content>", "<Encrypt>").Replace("</Content>", "</Encrypt>")));
    }

    [Fact]
    public void An_internal_entity_expansion_is_refused()
    {
        const string laughs = """
            <!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <xml><FromUserName>a</FromUserName><MsgType>text</MsgType><Content>&b;</Content></xml>
            """;

        Assert.Null(WeComMessage.TryParse(laughs));
    }

    [Theory]
    [InlineData("<xml><MsgType>text</MsgType></xml>")]          // no sender
    [InlineData("<xml><FromUserName>a</FromUserName></xml>")]    // no type
    [InlineData("<xml><FromUserName>a</FromUserName>")]          // not well formed
    public void Xml_without_a_type_or_sender_is_not_a_message(string xml)
    {
        Assert.Null(WeComMessage.TryParse(xml));
    }
}
