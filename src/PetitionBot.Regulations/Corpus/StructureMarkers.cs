using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Corpus;

/// <summary>Recognizes the line starts that open headings, articles, sections, points and items.</summary>
internal static partial class StructureMarkers
{
    private const string Numeral = "[一二三四五六七八九十百零〇两]+";

    // "第一章　总　则", "第三节 …"
    [GeneratedRegex($@"^第(?<n>{Numeral})(?<kind>[章节])[\s\u3000]*(?<title>.*)$")]
    public static partial Regex Chapter();

    // "第十一条　…", "**第一条** …"; a following space is required so "第四条所列情形" inside a
    // sentence that a page break pushed to a new line is not taken for an article.
    [GeneratedRegex($@"^(?:\*\*)?第(?<n>{Numeral})条(?:\*\*)?(?:[\s\u3000]+|$)(?<rest>.*)$")]
    public static partial Regex Article();

    // "一、总体要求"
    [GeneratedRegex($@"^(?<n>{Numeral})、[\s\u3000]*(?<title>.*)$")]
    public static partial Regex Section();

    // "1. 进一步认识…", "15.各级司法部门…"
    [GeneratedRegex(@"^(?<n>\d{1,3})[\.．][\s\u3000]*(?<rest>.*)$")]
    public static partial Regex Point();

    // "（一）…", "(一) …", "( 二 )…"
    [GeneratedRegex($@"^[（(][\s\u3000]*(?<n>{Numeral})[\s\u3000]*[）)][\s\u3000]*(?<rest>.*)$")]
    public static partial Regex Item();

    /// <summary>Whether a paragraph ends a sentence; if not, a page break cut it and the next line continues it.</summary>
    public static bool EndsSentence(string line) =>
        line.Length > 0 && "。；：！？…”」』）);:!?.".Contains(line[^1]);
}
