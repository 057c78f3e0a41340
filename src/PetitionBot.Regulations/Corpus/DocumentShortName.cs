namespace PetitionBot.Regulations.Corpus;

/// <summary>Derives the short name officers use for a document: 中央实施办法, 上海细则, 湖南办法, 浙江意见.</summary>
public static class DocumentShortName
{
    private static readonly (string Suffix, string Short)[] Kinds =
    [
        ("实施办法", "实施办法"), ("实施细则", "细则"), ("办法", "办法"), ("细则", "细则"),
        ("意见", "意见"), ("规定", "规定"), ("条例", "条例"), ("通知", "通知"),
    ];

    public static string Derive(string title, string jurisdiction)
    {
        var place = JurisdictionNames.Short(jurisdiction);
        foreach (var (suffix, shortKind) in Kinds)
            if (title.EndsWith(suffix, StringComparison.Ordinal))
                return place + shortKind;
        return place + "规定";
    }
}
