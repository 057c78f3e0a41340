namespace PetitionBot.Regulations.Corpus;

/// <summary>
/// An article, section or point (Id "{docId}#{n}") or one of its items (Id "{docId}#{n}.{m}").
/// </summary>
public sealed record Clause
{
    public required string Id { get; init; }
    public required string DocumentId { get; init; }

    /// <summary>Article, section or point number.</summary>
    public required int Number { get; init; }

    /// <summary>Item number within the article; null for the article itself.</summary>
    public int? Item { get; init; }

    /// <summary>The number as Chinese citations write it: 第十一条第（二）项, 四、(四), 第6点.</summary>
    public required string Label { get; init; }

    /// <summary>Nearest heading, e.g. 第四章 责任追究 or 四、责任监督; null when the text has none.</summary>
    public string? Heading { get; init; }

    /// <summary>An article's full text (items included, number marker excluded); an item's own text.</summary>
    public required string Text { get; init; }

    /// <summary>For an article with items: the text before its first item (often "有下列情形之一的，应当追究责任：").</summary>
    public string? Lead { get; init; }

    /// <summary>The article's id, for items; null for articles.</summary>
    public string? ParentId { get; init; }

    public bool IsItem => ParentId is not null;

    /// <summary>The part after '#': "11" or "11.2"; also the element id on the clause page.</summary>
    public string Fragment => Id[(Id.IndexOf('#') + 1)..];
}
