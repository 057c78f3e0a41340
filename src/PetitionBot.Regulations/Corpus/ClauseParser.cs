using System.Text.RegularExpressions;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Regulations.Corpus;

/// <summary>
/// Splits a raw regulation text into clauses. Numbers must run in sequence (第一条, 第二条 …), which keeps a
/// sentence that happens to start with "第四条" after a page break from being taken for an article.
/// </summary>
public sealed class ClauseParser
{
    private readonly string _documentId;
    private readonly string _title;
    private readonly DocumentStructure _structure;

    private readonly List<string> _preamble = [];
    private readonly List<Clause> _clauses = [];
    private string? _heading;
    private TopBuilder? _current;
    private int _nextTop = 1;
    private int _nextSection = 1;

    public ClauseParser(string documentId, string title, DocumentStructure structure)
    {
        _documentId = documentId;
        _title = title;
        _structure = structure;
    }

    public sealed record Result(string Preamble, IReadOnlyList<Clause> Clauses);

    public static Result Parse(string documentId, string title, DocumentStructure structure, string text)
    {
        var parser = new ClauseParser(documentId, title, structure);
        foreach (var raw in text.Split('\n'))
            parser.Accept(raw);
        parser.FinishClause();
        if (parser._clauses.Count == 0)
            throw new InvalidDataException($"No clauses found in '{documentId}' (structure {structure}).");
        return new Result(string.Join("\n", parser._preamble), parser._clauses);
    }

    private void Accept(string raw)
    {
        var line = raw.Trim().Trim('\uFEFF').Trim();
        if (line.Length == 0 || NavigationLines.IsNavigation(line) || IsTitle(line))
            return;

        Match m;
        if ((m = StructureMarkers.Chapter().Match(line)).Success)
        {
            FinishClause();
            _heading = $"第{m.Groups["n"].Value}{m.Groups["kind"].Value} {Compact(m.Groups["title"].Value)}".TrimEnd();
            return;
        }

        if (_structure is DocumentStructure.Sections or DocumentStructure.NumberedPoints
            && (m = StructureMarkers.Section().Match(line)).Success
            && ChineseNumeral.ParseWhole(m.Groups["n"].Value) == _nextSection)
        {
            FinishClause();
            _nextSection++;
            var number = _nextSection - 1;
            var title = m.Groups["title"].Value.Trim();
            _heading = $"{ChineseNumeral.Format(number)}、{title}";
            if (_structure == DocumentStructure.Sections)
                StartClause(number, _heading, firstParagraph: null);
            return;
        }

        if (_structure == DocumentStructure.Articles
            && (m = StructureMarkers.Article().Match(line)).Success
            && ChineseNumeral.ParseWhole(m.Groups["n"].Value) == _nextTop)
        {
            FinishClause();
            StartClause(_nextTop, $"第{ChineseNumeral.Format(_nextTop)}条", m.Groups["rest"].Value.Trim());
            return;
        }

        if (_structure == DocumentStructure.NumberedPoints
            && (m = StructureMarkers.Point().Match(line)).Success
            && int.Parse(m.Groups["n"].Value) == _nextTop)
        {
            FinishClause();
            StartClause(_nextTop, $"第{_nextTop}点", m.Groups["rest"].Value.Trim());
            return;
        }

        if (_current is not null
            && (m = StructureMarkers.Item().Match(line)).Success
            && ChineseNumeral.ParseWhole(m.Groups["n"].Value) == _current.Items.Count + 1
            && !_current.IsOpen)
        {
            _current.StartItem(line, m.Groups["rest"].Value.Trim());
            return;
        }

        if (_current is null)
            _preamble.Add(line);
        else
            _current.AddBody(line);
    }

    private bool IsTitle(string line)
    {
        if (line.StartsWith('#')) return true; // Markdown headings: the file's own titles
        return Compact(line) == Compact(_title);
    }

    private void StartClause(int number, string label, string? firstParagraph)
    {
        _nextTop = number + 1;
        _current = new TopBuilder(number, label, _heading);
        if (!string.IsNullOrEmpty(firstParagraph))
            _current.AddBody(firstParagraph);
    }

    private void FinishClause()
    {
        if (_current is null) return;
        var c = _current;
        _current = null;

        var articleId = $"{_documentId}#{c.Number}";
        var itemParagraphs = c.Paragraphs.Where(p => p.Item is not null).ToList();
        var lead = itemParagraphs.Count == 0
            ? null
            : string.Join("\n", c.Paragraphs.TakeWhile(p => p.Item is null).Select(p => p.Raw));

        _clauses.Add(new Clause
        {
            Id = articleId,
            DocumentId = _documentId,
            Number = c.Number,
            Label = c.Label,
            Heading = c.Heading,
            Text = string.Join("\n", c.Paragraphs.Select(p => p.Raw)),
            Lead = string.IsNullOrEmpty(lead) ? null : lead,
        });

        foreach (var p in itemParagraphs)
        {
            var item = p.Item!.Value;
            _clauses.Add(new Clause
            {
                Id = $"{articleId}.{item}",
                DocumentId = _documentId,
                Number = c.Number,
                Item = item,
                Label = ItemLabel(c, item),
                Heading = c.Heading,
                Text = p.Body,
                ParentId = articleId,
            });
        }
    }

    private string ItemLabel(TopBuilder c, int item) => _structure switch
    {
        DocumentStructure.Sections => $"{ChineseNumeral.Format(c.Number)}、({ChineseNumeral.Format(item)})",
        _ => $"{c.Label}第（{ChineseNumeral.Format(item)}）项",
    };

    /// <summary>Drops the spaces typesetters put between characters of a heading ("总　则" → "总则").</summary>
    private static string Compact(string s) => Regex.Replace(s, @"[\s\u3000]+", "");

    private sealed record Paragraph(string Raw, string Body, int? Item);

    private sealed class TopBuilder(int number, string label, string? heading)
    {
        public int Number { get; } = number;
        public string Label { get; } = label;
        public string? Heading { get; } = heading;
        public List<Paragraph> Paragraphs { get; } = [];
        public List<int> Items { get; } = [];

        /// <summary>The last paragraph was cut mid-sentence by a page break.</summary>
        public bool IsOpen => Paragraphs.Count > 0 && !StructureMarkers.EndsSentence(Paragraphs[^1].Raw);

        public void StartItem(string raw, string body)
        {
            Items.Add(Items.Count + 1);
            Paragraphs.Add(new Paragraph(raw, body, Items.Count));
        }

        public void AddBody(string line)
        {
            if (IsOpen)
            {
                var last = Paragraphs[^1];
                Paragraphs[^1] = last with { Raw = last.Raw + line, Body = last.Body + line };
                return;
            }
            Paragraphs.Add(new Paragraph(line, line, null));
        }
    }
}
