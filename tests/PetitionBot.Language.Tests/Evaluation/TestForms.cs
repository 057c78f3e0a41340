using PetitionBot.Language.Filling;

namespace PetitionBot.Language.Tests.Evaluation;

/// <summary>Field specs shaped like the log-visit dialog, for the sentence-filling data.</summary>
public static class TestForms
{
    public static IReadOnlyList<FieldSpec> LogVisit { get; } =
    [
        new FieldSpec("petitionerName", FieldType.PersonName) { Label = "来访人" },
        new FieldSpec("phone", FieldType.Phone) { Label = "联系电话" },
        new FieldSpec("idNumber", FieldType.IdNumber) { Label = "身份证号" },
        new FieldSpec("channel", FieldType.Choice)
        {
            Label = "信访形式",
            Options =
            [
                new ChoiceOption("走访", ["来访", "上访", "当面", "走访来访"]),
                new ChoiceOption("来信", ["书信", "信件", "写信"]),
                new ChoiceOption("来电", ["电话", "打电话"]),
                new ChoiceOption("网上", ["网上信访", "网络", "信息网络", "网信"]),
                new ChoiceOption("传真"),
            ],
        },
        new FieldSpec("peopleCount", FieldType.PeopleCount) { Label = "人数" },
        new FieldSpec("visitedAt", FieldType.DateTime) { Label = "来访时间" },
        FieldSpec.Create("locality", FieldType.Text, "属地", "发生在", "地点") with { Label = "属地" },
        new FieldSpec("category", FieldType.Choice)
        {
            Label = "分类",
            Options =
            [
                new ChoiceOption("城乡建设", ["拆迁", "征收", "物业", "住房", "建设"]),
                new ChoiceOption("劳动社保", ["工资", "欠薪", "拖欠工资", "社保", "劳动"]),
                new ChoiceOption("农村农业", ["土地承包", "农业", "农村"]),
                new ChoiceOption("其他"),
            ],
        },
        FieldSpec.Create("demand", FieldType.Text, "反映", "诉求", "要求", "投诉") with { Label = "诉求" },
    ];

    public static IReadOnlyList<FieldSpec> Confirm { get; } = [new FieldSpec("confirmed", FieldType.YesNo)];
}
