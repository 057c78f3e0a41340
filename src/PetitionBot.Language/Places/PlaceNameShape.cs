namespace PetitionBot.Language.Places;

/// <summary>
/// Whether a text is shaped like a Chinese place: a name followed by an administrative or address word
/// (城关镇, 东关街道王家村3组, 建设路18号). It tells a place from a stray word (确认, 不知道); it does not prove the place exists.
/// </summary>
public static class PlaceNameShape
{
    // Administrative divisions, then street addresses, then the sites a petition is commonly about.
    private static readonly string[] PlaceWords =
    [
        "省", "自治区", "市", "州", "地区", "盟", "县", "区", "旗", "镇", "乡", "街道", "街办", "村", "社区", "居委会", "村委会",
        "组", "屯", "嘎查", "苏木", "管委会", "开发区", "园区", "新区", "工业园", "农场", "林场", "牧场",
        "路", "街", "巷", "弄", "胡同", "大道", "号", "小区", "花园", "公寓", "大厦", "广场", "市场", "楼", "栋", "单元",
        "医院", "学校", "中学", "小学", "幼儿园", "公司", "厂", "工地", "车站", "码头", "矿",
    ];

    /// <summary>True when a place word follows at least one Chinese character of a name.</summary>
    public static bool LooksLikePlace(string text)
    {
        if (text.Length < 2)
            return false;
        foreach (var word in PlaceWords)
        {
            for (var at = text.IndexOf(word, 1, StringComparison.Ordinal); at > 0;
                 at = at + 1 < text.Length ? text.IndexOf(word, at + 1, StringComparison.Ordinal) : -1)
            {
                if (IsHan(text[at - 1]))
                    return true;
            }
        }
        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
