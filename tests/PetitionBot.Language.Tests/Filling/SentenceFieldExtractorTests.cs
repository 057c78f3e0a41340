using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Filling;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Tests.Evaluation;

namespace PetitionBot.Language.Tests.Filling;

public sealed class SentenceFieldExtractorTests
{
    private static readonly DateTimeOffset Reference = new(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void One_sentence_fills_every_field_it_names_without_reusing_a_span()
    {
        const string sentence = "登记来访：张三 13812345678，昨天下午三点来访，5人，反映拖欠工资，属地城关镇";
        var filled = SentenceFieldExtractor.Extract(sentence, TestForms.LogVisit, Reference).ToDictionary(f => f.Name);

        Assert.Equal("张三", filled["petitionerName"].Value);
        Assert.Equal("13812345678", ((PhoneNumber)filled["phone"].Value!).Digits);
        var visited = (ResolvedDateTime)filled["visitedAt"].Value!;
        Assert.Equal((new DateOnly(2026, 3, 17), new TimeOnly(15, 0)), (visited.Date, visited.Time!.Value));
        Assert.Equal(5, filled["peopleCount"].Value);
        Assert.Equal("反映拖欠工资", filled["demand"].Value);
        Assert.Equal("城关镇", filled["locality"].Value);
        Assert.Equal("昨天下午三点", filled["visitedAt"].Span.Text);

        var spans = filled.Values.Select(f => f.Span).ToList();
        Assert.All(spans, a => Assert.Single(spans, b => a.Overlaps(b)));
        Assert.All(spans, s => Assert.Equal(s.Text, sentence.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void A_mid_form_answer_can_fill_two_fields()
    {
        var filled = SentenceFieldExtractor.Extract("李四 13912345678", TestForms.LogVisit, Reference, expectedField: "petitionerName");
        Assert.Equal(["petitionerName", "phone"], filled.Select(f => f.Name).Order());
    }

    [Fact]
    public void A_bad_value_comes_back_with_its_reason()
    {
        var phone = Assert.Single(SentenceFieldExtractor.Extract("1381234567", TestForms.LogVisit, Reference, expectedField: "phone"));
        Assert.Equal("手机号应为11位，刚才是10位。", phone.Error);
    }

    [Fact]
    public void Content_verbs_stay_in_the_value_and_labels_do_not()
    {
        Assert.True(FieldCue.From("反映").KeepInValue);
        Assert.False(FieldCue.From("属地").KeepInValue);
        var specs = new[] { FieldSpec.Create("demand", FieldType.Text, "诉求", "要求") };
        Assert.Equal("要求补发工资", SentenceFieldExtractor.Extract("诉求：要求补发工资", specs, Reference).Single().Value);
    }

    [Fact]
    public void A_free_list_is_split()
    {
        var specs = new[] { FieldSpec.Create("units", FieldType.FreeList, "涉及单位") };
        var filled = SentenceFieldExtractor.Extract("涉及单位：城关镇、住建局和人社局", specs, Reference).Single();
        Assert.Equal(["城关镇", "住建局", "人社局"], (IReadOnlyList<string>)filled.Value!);
    }

    [Fact]
    public void A_choice_word_inside_a_sentence_is_not_an_answer_unless_asked()
    {
        var filled = SentenceFieldExtractor.Extract("反映拖欠工资的问题", TestForms.LogVisit, Reference);
        Assert.DoesNotContain(filled, f => f.Name == "category");
        var asked = SentenceFieldExtractor.Extract("是拖欠工资的", TestForms.LogVisit, Reference, expectedField: "category");
        Assert.Equal("劳动社保", Assert.Single(asked).Value);
    }

    [Theory]
    [InlineData("people-count", FieldType.PeopleCount)]
    [InlineData("list", FieldType.FreeList)]
    [InlineData("yes-no", FieldType.YesNo)]
    public void Yaml_type_names_map_to_field_types(string name, FieldType type)
    {
        Assert.True(FieldTypeNames.TryParse(name, out var parsed));
        Assert.Equal(type, parsed);
    }
}
