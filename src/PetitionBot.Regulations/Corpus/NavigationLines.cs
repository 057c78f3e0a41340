using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Corpus;

/// <summary>Lines a web page wraps around a text it publishes (breadcrumbs, dates, print buttons); never law.</summary>
internal static partial class NavigationLines
{
    [GeneratedRegex(@"^(您的位置|当前位置|首页\s*[>›]|->|-&gt;|发布时间\s*[:：]|来源\s*[:：]|浏览次数|【\s*字体|打印本页|关闭窗口|返回顶部|上一篇|下一篇|分享到)")]
    private static partial Regex Pattern();

    public static bool IsNavigation(string line) =>
        Pattern().IsMatch(line) || line is "打印本页 关闭窗口" or "打印" or "关闭";
}
