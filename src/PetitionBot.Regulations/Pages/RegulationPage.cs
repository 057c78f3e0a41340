using System.Net;
using System.Text;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Pages;

/// <summary>
/// A self-contained, phone-friendly HTML page showing one document; every clause carries its URL fragment as
/// element id, so /regulations/national-2016#11 scrolls to 第十一条 and #11.2 to its second item.
/// </summary>
public static class RegulationPage
{
    public static string Render(RegulationDocument document, IEnumerable<Clause> clauses)
    {
        var all = clauses.Where(c => c.DocumentId == document.Id).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(E(document.Title)).Append("</h1>\n<p class=\"meta\">");

        var meta = new List<string>();
        if (document.Issuer is { } issuer) meta.Add(E(issuer));
        if (document.DocumentNumber is { } number) meta.Add(E(number));
        if (document.Effective is { } effective) meta.Add($"{effective.Year}年{effective.Month}月{effective.Day}日起施行");
        html.Append(string.Join(" · ", meta)).Append("</p>\n");

        string? heading = null;
        foreach (var clause in all.Where(c => !c.IsItem))
        {
            if (clause.Heading != heading && clause.Heading is not null && document.Structure != DocumentStructure.Sections)
                html.Append("<h2>").Append(E(clause.Heading)).Append("</h2>\n");
            heading = clause.Heading;

            var items = all.Where(c => c.ParentId == clause.Id).ToList();
            html.Append("<section class=\"clause\" id=\"").Append(E(clause.Fragment)).Append("\">\n")
                .Append("<h3><a href=\"#").Append(E(clause.Fragment)).Append("\">").Append(E(clause.Label)).Append("</a></h3>\n");
            foreach (var paragraph in Paragraphs(clause, items))
            {
                if (paragraph.Item is { } item)
                    html.Append("<p class=\"item\" id=\"").Append(E(item.Fragment)).Append("\">").Append(E(paragraph.Text)).Append("</p>\n");
                else
                    html.Append("<p>").Append(E(paragraph.Text)).Append("</p>\n");
            }
            html.Append("</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>GET /regulations: every loaded document, linked to its page (where a missing document's page points).
    /// Links are relative, so a base path in front of the host (https://host/bot/) is kept.</summary>
    public static string RenderIndex(IEnumerable<RegulationDocument> documents)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>已加载的文件</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<h1>已加载的文件</h1>\n");
        foreach (var document in documents)
            html.Append("<section class=\"clause\"><h3><a href=\"regulations/").Append(Uri.EscapeDataString(document.Id)).Append("\">")
                .Append(E(document.Title)).Append("</a></h3><p class=\"meta\">").Append(E(document.ShortName)).Append("</p></section>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The article's paragraphs, each item paragraph tied to its item so it can carry the item's id.</summary>
    private static IEnumerable<(string Text, Clause? Item)> Paragraphs(Clause article, List<Clause> items)
    {
        var next = 0;
        foreach (var paragraph in article.Text.Split('\n'))
        {
            if (next < items.Count && paragraph.EndsWith(items[next].Text, StringComparison.Ordinal))
                yield return (paragraph, items[next++]);
            else
                yield return (paragraph, null);
        }
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Style = """
        body{margin:0;font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.7;color:#222;background:#fafafa}
        main{max-width:42rem;margin:0 auto;padding:1rem}
        h1{font-size:1.3rem;margin:.5rem 0}
        h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ddd}
        h3{font-size:1rem;margin:0 0 .25rem}
        h3 a{color:#0b5cad;text-decoration:none}
        .meta{color:#666;font-size:.9rem}
        .clause{background:#fff;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .clause p{margin:.3rem 0}
        .item{padding-left:.5rem}
        :target{outline:2px solid #f0b400;background:#fff8e1}
        """;
}
