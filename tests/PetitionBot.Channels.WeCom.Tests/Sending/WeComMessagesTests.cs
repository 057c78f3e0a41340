using System.Text;
using System.Text.Json.Nodes;
using PetitionBot.Channels.WeCom.Sending;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Tests.Sending;

public sealed class WeComMessagesTests
{
    private static Activity Text(string text, params string[] buttons)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
        if (buttons.Length > 0)
            activity.SuggestedActions = new SuggestedActions { Actions = [.. buttons.Select(b => CardAction.ImBack(b))] };
        return activity;
    }

    [Fact]
    public void A_plain_reply_is_one_text_message_to_the_member_from_the_application()
    {
        var message = Assert.Single(WeComMessages.For(Text("已订阅到期提醒。"), "zhangsan", 1000002));

        Assert.Equal("zhangsan", (string?)message["touser"]);
        Assert.Equal("text", (string?)message["msgtype"]);
        Assert.Equal(1000002, (int?)message["agentid"]);
        Assert.Equal("已订阅到期提醒。", (string?)message["text"]!["content"]);
    }

    [Fact]
    public void A_markdown_reply_is_a_markdown_message()
    {
        var activity = Text("**结论**：通报批评");
        activity.TextFormat = "markdown";

        var message = Assert.Single(WeComMessages.For(activity, "zhangsan", 1));

        Assert.Equal("markdown", (string?)message["msgtype"]);
        Assert.Equal("**结论**：通报批评", (string?)message["markdown"]!["content"]);
    }

    [Fact]
    public void A_short_prompt_with_buttons_is_one_button_card_whose_keys_carry_what_each_button_posts()
    {
        var message = Assert.Single(WeComMessages.For(Text("请确认以下信息：\n姓名：张三", "确认", "修改"), "zhangsan", 1));

        Assert.Equal("template_card", (string?)message["msgtype"]);
        var card = message["template_card"]!;
        Assert.Equal("button_interaction", (string?)card["card_type"]);
        Assert.Equal("请确认以下信息：", (string?)card["main_title"]!["title"]);
        Assert.Equal("姓名：张三", (string?)card["sub_title_text"]);
        Assert.StartsWith("pb-", (string?)card["task_id"]);
        var buttons = card["button_list"]!.AsArray();
        Assert.Equal(["确认", "修改"], buttons.Select(b => (string?)b!["text"]));
        Assert.Equal(["确认", "修改"], buttons.Select(b => WeComButtonKey.Decode((string?)b!["key"])));
    }

    [Fact]
    public void Hero_card_buttons_become_card_buttons_too()
    {
        var activity = Text("本周到期 2 件");
        activity.Attachments = [HeroCard.WithButtons([CardAction.ImBack("XF-2026-000001"), CardAction.ImBack("XF-2026-000002")])];

        var message = Assert.Single(WeComMessages.For(activity, "u", 1));

        Assert.Equal(["XF-2026-000001", "XF-2026-000002"],
            message["template_card"]!["button_list"]!.AsArray().Select(b => WeComButtonKey.Decode((string?)b!["key"])));
    }

    [Fact]
    public void More_than_six_buttons_take_a_second_card()
    {
        var messages = WeComMessages.For(Text("选一个", "1", "2", "3", "4", "5", "6", "7", "8"), "u", 1);

        Assert.Equal(2, messages.Count);
        Assert.Equal(6, messages[0]["template_card"]!["button_list"]!.AsArray().Count);
        Assert.Equal(2, messages[1]["template_card"]!["button_list"]!.AsArray().Count);
        Assert.NotEqual((string?)messages[0]["template_card"]!["task_id"], (string?)messages[1]["template_card"]!["task_id"]);
    }

    [Fact]
    public void A_long_text_with_buttons_is_sent_as_text_then_a_card_of_buttons()
    {
        var answer = string.Concat(Enumerable.Repeat("信访事项应当自受理之日起六十日内办结。", 20));

        var messages = WeComMessages.For(Text(answer, "规定列表"), "u", 1);

        Assert.Equal(["text", "template_card"], messages.Select(m => (string?)m["msgtype"]));
        Assert.Equal(answer, (string?)messages[0]["text"]!["content"]);
        Assert.Equal("请选择", (string?)messages[1]["template_card"]!["main_title"]!["title"]);
    }

    [Fact]
    public void A_text_over_2048_bytes_is_cut_at_line_ends_and_nothing_is_lost()
    {
        var lines = Enumerable.Range(1, 60).Select(i => $"第{i}条 信访工作机构应当及时登记并告知信访人。").ToList();
        var text = string.Join("\n", lines);

        var chunks = WeComMessages.For(Text(text), "u", 1).Select(m => (string)m["text"]!["content"]!).ToList();

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(Encoding.UTF8.GetByteCount(c) <= WeComMessages.MaxContentBytes));
        Assert.Equal(lines, chunks.SelectMany(c => c.Split('\n')));
    }

    [Fact]
    public void An_activity_with_nothing_to_show_sends_nothing()
    {
        Assert.Empty(WeComMessages.For(new Activity { Type = ActivityTypes.Message }, "u", 1));
    }
}
