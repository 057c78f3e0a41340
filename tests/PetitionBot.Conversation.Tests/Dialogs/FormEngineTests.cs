using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Tests.Dialogs;

/// <summary>The form engine turn by turn, on a small form written here.</summary>
public sealed class FormEngineTests
{
    private const string Yaml = """
        id: contact
        version: 1
        title: 登记联系人
        submit: contact.save
        fields:
          - name: name
            label: 姓名
            type: person-name
            prompt: 姓名？
          - name: phone
            label: 电话
            type: phone
            prompt: 电话？
            mask: phone
          - name: note
            label: 备注
            type: text
            optional: true
            prompt: 备注？
        """;

    private static readonly FieldTypeRegistry Types = new(
    [
        new TextFieldType(), new NumberFieldType(), new PeopleCountFieldType(), new DateFieldType(), new DateTimeFieldType(),
        new ChoiceFieldType(), new YesNoFieldType(), new PhoneFieldType(), new IdNumberFieldType(), new PersonNameFieldType(), new ListFieldType(),
    ]);

    private readonly RecordingHandler _handler = new();
    private readonly ConversationData _state = new();
    private FormEngine _engine;
    private int _turns;

    public FormEngineTests() => _engine = EngineFor(Yaml);

    private FormEngine EngineFor(string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("forms-").FullName;
        File.WriteAllText(Path.Combine(folder, "contact.yaml"), yaml);
        return new FormEngine(FormCatalog.Load(folder, Types), Types, [_handler], new FormValueMasker());
    }

    private TurnContext Turn(string text, string user = "u", string? name = null) => new(
        new Activity
        {
            Type = ActivityTypes.Message, Id = $"t{++_turns}", Text = text, ChannelId = "test",
            Conversation = new ConversationAccount { Id = "c" }, From = new ChannelAccount { Id = user, Name = name }, Recipient = new ChannelAccount { Id = "bot" },
        },
        _state, new UserData(), DateTimeOffset.Parse("2026-03-18T10:00:00+08:00"));

    private async Task<string> SayAsync(string text, string user = "u")
    {
        var turn = Turn(text, user);
        await _engine.ContinueAsync(turn, CancellationToken.None);
        return string.Join("\n", turn.Replies.Select(r => r.Text));
    }

    private async Task<string> BeginAsync()
    {
        var turn = Turn("登记联系人", name: "李建国");
        await _engine.BeginAsync(turn, "contact", null, CancellationToken.None);
        return turn.Replies.Single().Text!;
    }

    [Fact]
    public async Task Collects_confirms_and_submits_with_the_phone_masked()
    {
        Assert.Contains("姓名？", await BeginAsync());
        Assert.Contains("电话？", await SayAsync("李建国"));
        Assert.Contains("备注？", await SayAsync("13912345678"));
        var review = await SayAsync("跳过");
        Assert.Contains("请核对", review);
        Assert.Contains("139****5678", review);
        Assert.DoesNotContain("13912345678", review);
        Assert.Equal("已保存", await SayAsync("提交"));
        Assert.Equal("13912345678", _handler.Submitted.Single().Values["phone"].Value!.GetValue<string>());
        Assert.Empty(_state.DialogStack);
    }

    [Fact]
    public async Task The_review_fits_a_phone_one_line_a_field_and_no_empty_optional_field()
    {
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("13912345678");
        var review = await SayAsync("跳过");

        Assert.Equal(["请核对：", "姓名：李建国", "电话：139****5678"], review.Split('\n'));
    }

    [Fact]
    public async Task A_sentence_that_gives_everything_is_listed_once_in_the_review()
    {
        var turn = Turn("登记联系人 李建国 13912345678");
        await _engine.BeginAsync(turn, "contact", "李建国 13912345678", CancellationToken.None);

        Assert.Equal(["已识别全部内容。", "请核对：", "姓名：李建国", "电话：139****5678"], turn.Replies.Single().Text!.Split('\n'));
    }

    [Fact]
    public async Task A_required_field_cannot_be_skipped()
    {
        await BeginAsync();
        Assert.Contains("姓名必须填写", await SayAsync("跳过"));
    }

    [Fact]
    public async Task Three_wrong_answers_offer_help_and_a_way_out()
    {
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("123");
        await SayAsync("456");
        var turn = Turn("789");
        await _engine.ContinueAsync(turn, CancellationToken.None);
        var offered = turn.Replies.Single().SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Contains("帮助", offered);
        Assert.Contains("取消", offered);
    }

    [Fact]
    public async Task Back_clears_the_previous_answer_and_asks_it_again()
    {
        await BeginAsync();
        await SayAsync("李建国");
        Assert.Contains("姓名？", await SayAsync("上一步"));
        Assert.Contains("电话？", await SayAsync("王秀兰"));
        await SayAsync("13912345678");
        Assert.Contains("王秀兰", await SayAsync("跳过"));
    }

    [Fact]
    public async Task Change_one_field_at_the_confirmation_by_name_or_by_choosing_it()
    {
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("13912345678");
        await SayAsync("跳过");
        Assert.Contains("已改为138****5678", await SayAsync("改 电话 13812345678"));
        Assert.Contains("要改哪一项", await SayAsync("修改"));
        Assert.Contains("备注？", await SayAsync("备注"));
        var review = await SayAsync("下午再联系");
        Assert.Contains("备注：下午再联系", review);
        Assert.Contains("138****5678", review);
    }

    [Fact]
    public async Task A_changed_phone_or_id_number_is_echoed_masked()
    {
        _engine = EngineFor(Yaml + """

              - name: idNumber
                label: 身份证号
                type: id-number
                optional: true
                prompt: 身份证号？
                mask: id
            """);
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("13912345678");
        await SayAsync("跳过");
        await SayAsync("跳过");
        var phone = await SayAsync("改 电话 13812345678");
        Assert.Contains("已改为138****5678", phone);
        Assert.DoesNotContain("13812345678", phone);
        var id = await SayAsync("改 身份证号 11010519491231002X");
        Assert.Contains("已改为110105********002X", id);
        Assert.DoesNotContain("11010519491231002X", id);
    }

    [Fact]
    public async Task Only_the_member_who_started_a_form_can_answer_it()
    {
        await BeginAsync();
        await SayAsync("李建国");
        var before = System.Text.Json.JsonSerializer.Serialize(_state.DialogStack);

        foreach (var answer in new[] { "13912345678", "返回", "取消", "从头开始", "提交" })
        {
            var reply = await SayAsync(answer, user: "someone-else");
            Assert.Contains("这一步由发起人李**继续", reply);
            Assert.Contains("帮助", reply);
            Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(_state.DialogStack));
        }
        Assert.Contains("备注？", await SayAsync("13912345678"));
    }

    [Fact]
    public async Task A_changed_form_definition_restarts_the_form_with_a_notice()
    {
        await BeginAsync();
        await SayAsync("李建国");
        _engine = EngineFor(Yaml.Replace("version: 1", "version: 2"));
        var reply = await SayAsync("13912345678");
        Assert.Contains("更新过", reply);
        Assert.Contains("姓名？", reply);
        Assert.Single(_state.DialogStack);
        Assert.Empty(_state.DialogStack[0].Values);
    }

    [Fact]
    public async Task A_failed_submission_keeps_every_answer()
    {
        _handler.FailWith = "案件暂时没能保存，您填写的内容都还在。";
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("13912345678");
        await SayAsync("跳过");
        Assert.Contains("内容都还在", await SayAsync("提交"));
        Assert.Equal(2, _state.DialogStack.Single().Values.Count);
        _handler.FailWith = null;
        Assert.Equal("已保存", await SayAsync("提交"));
    }

    [Fact]
    public void A_form_with_an_unknown_field_type_is_refused_at_load()
    {
        var error = Assert.Throws<InvalidDataException>(() => EngineFor(Yaml.Replace("type: phone", "type: telephone")));
        Assert.Contains("telephone", error.Message);
    }

    private sealed class RecordingHandler : IFormSubmitHandler
    {
        public List<FormSubmission> Submitted { get; } = [];

        public string? FailWith { get; set; }

        public string Name => "contact.save";

        public Task SubmitAsync(FormSubmission submission, TurnContext turn, CancellationToken cancellationToken)
        {
            if (FailWith is not null) throw new FormSubmitException(FailWith);
            Submitted.Add(submission);
            turn.SendText("已保存");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_review_shows_how_to_change_a_field_in_the_forms_own_words()
    {
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("13912345678");
        await SayAsync("跳过");
        // No example in this form's YAML: one is made from its first field; no petition words from the engine.
        var steer = await SayAsync("下周再说吧");
        Assert.Contains("改 姓名 …", steer);
        Assert.DoesNotContain("属地", steer);
    }

    [Fact]
    public async Task An_answer_over_the_fields_length_limit_is_refused_with_the_limit_and_not_kept()
    {
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("13912345678");
        var reply = await SayAsync(new string('长', 10_000));
        Assert.Contains("最多", reply);
        Assert.Contains("备注？", reply);
        Assert.DoesNotContain("请核对", reply);
    }

    [Fact]
    public async Task Hidden_characters_are_dropped_and_markup_is_shown_as_typed()
    {
        await BeginAsync();
        await SayAsync("李建国");
        await SayAsync("13912345678");
        var summary = await SayAsync("见\u202E[链接](http://evil.example)*加粗*");
        Assert.Contains("请核对", summary);
        Assert.DoesNotContain("\u202E", summary, StringComparison.Ordinal);
        Assert.Contains("［链接］(http://evil.example)", summary);
        Assert.Contains("＊加粗＊", summary);
    }
}
